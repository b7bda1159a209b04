import type { Language } from './text.ts';

/**
 * Dates as people in each UI language write them: Dutch `31-12-2026`, English (British) `31/12/2026`.
 * Stored and sent as ISO `2026-12-31` everywhere else.
 */
const SEPARATOR: Record<Language, string> = { nl: '-', en: '/' };
const PATTERN: Record<Language, string> = { nl: 'dd-mm-jjjj', en: 'dd/mm/yyyy' };

export function datePattern(language: Language): string {
  return PATTERN[language];
}

/** An ISO date shown in the language's format; anything else is shown as it is. */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return [day, month, year].join(SEPARATOR[language]);
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What someone typed as a date: day, month and year in that order, separated by `-`, `/`, `.` or a
 * space (a two-digit year is this century), or an ISO date. Empty text is no date (null); text that
 * is not a real date is undefined.
 */
export function parseDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  const local = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(trimmed);
  if (!local) return undefined;
  const year = local[3]!.length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
  return isoOf(year, Number(local[2]), Number(local[1])) ?? undefined;
}
