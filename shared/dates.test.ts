import { describe, expect, it } from 'vitest';
import { datePattern, formatDate, parseDate } from './dates.ts';

describe('dates in the UI language', () => {
  it('are shown day first, as each language writes them', () => {
    expect(formatDate('2026-12-31', 'nl')).toBe('31-12-2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31/12/2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(datePattern('nl')).toBe('dd-mm-jjjj');
  });

  it('are read back from what a person types, in either language, or as ISO', () => {
    expect(parseDate('31-12-2026')).toBe('2026-12-31');
    expect(parseDate('31/12/2026')).toBe('2026-12-31');
    expect(parseDate(' 1.2.27 ')).toBe('2027-02-01');
    expect(parseDate('2026-12-31')).toBe('2026-12-31');
    expect(parseDate('')).toBeNull();
  });

  it('refuse what is not a real date', () => {
    for (const text of ['31-02-2026', '2026-13-01', '12/31/2026', 'tomorrow', '1-1'])
      expect(parseDate(text)).toBeUndefined();
  });

  it('round-trip through the shown form in both languages', () => {
    for (const iso of ['2026-01-09', '2030-11-30']) {
      expect(parseDate(formatDate(iso, 'nl'))).toBe(iso);
      expect(parseDate(formatDate(iso, 'en'))).toBe(iso);
    }
  });
});
