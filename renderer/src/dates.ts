import type { Language } from '../../shared/text.ts';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A calendar day (an ISO date such as a session's date) as people of the UI language write it. */
export function formatDay(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A moment (an ISO timestamp, such as an audit event's) as date and time in the UI language's way. */
export function formatMoment(isoTimestamp: string, language: Language): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'medium' }).format(moment);
}

/** Today on this machine's calendar, as an ISO date. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
