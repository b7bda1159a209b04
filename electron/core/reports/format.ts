import type { Language } from '../../../shared/text.ts';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Dates, times and numbers as a reader of the report's language writes them ("15 januari 2027"). */
export function reportFormats(language: Language, timeZone = 'UTC') {
  const locale = LOCALES[language];
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const number = new Intl.NumberFormat(locale);
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  return {
    /** A calendar date (YYYY-MM-DD) needs no time zone: it is the same day everywhere. */
    date: (isoDate: string | null) => (isoDate ? day.format(new Date(`${isoDate}T00:00:00Z`)) : ''),
    dateTime: (isoTime: string) => moment.format(new Date(isoTime)),
    number: (value: number) => number.format(value),
    duration: (totalSeconds: number) =>
      totalSeconds <= 0
        ? ''
        : totalSeconds < 60
          ? seconds.format(totalSeconds)
          : minutes.format(Math.round(totalSeconds / 60)),
  };
}
export type ReportFormats = ReturnType<typeof reportFormats>;
