/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1). A NUL in a
 * rationale would make Git take a MADR or CSV file for binary; no report format needs any of them.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** Every string in a plain value (keys too), without control characters: the report's one text path. */
export function plainTextDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map(plainTextDeep) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [withoutControlCharacters(key), plainTextDeep(inner)]),
  ) as T;
}
