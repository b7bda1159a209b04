/** A file name a person recognises: date, title and what it is, safe on every file system. */
export function fileNameFor(title: string, date: string, suffix: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${date}-${slug || 'session'}-${suffix}.${extension}`;
}
