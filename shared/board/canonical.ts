/**
 * A board's content in one canonical text: keys sorted, and values that say nothing (empty lists,
 * empty objects, null, false, absent) left out. A schema that later gives a field a default, or a
 * pack that spells a default out, then still has the same content and the same version hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value) ?? null);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => canonicalValue(entry) ?? null);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const entry = canonicalValue((value as Record<string, unknown>)[key]);
    if (!isEmpty(entry)) result[key] = entry;
  }
  return result;
}
