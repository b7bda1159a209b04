import { slugOf } from '../reports/slug.ts';

/** A file name a person recognises: date, title and what it is, safe on every file system. */
export function fileNameFor(title: string, date: string, suffix: string, extension: string): string {
  return `${date}-${slugOf(title) || 'session'}-${suffix}.${extension}`;
}
