/** A title as a file-name part: ASCII letters, digits and dashes, safe on every file system. */
export function slugOf(title: string, maxLength = 60): string {
  return title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
    .slice(0, maxLength)
    .replace(/-$/, '');
}
