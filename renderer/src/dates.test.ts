import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './dates.ts';

describe('days in the UI language', () => {
  it('are written as Dutch and English readers write them, on the same day wherever the machine is', () => {
    expect(formatDay('2027-01-15', 'nl')).toBe('15 januari 2027');
    expect(formatDay('2027-01-15', 'en')).toBe('15 January 2027');
    expect(formatDay('2026-12-31', 'nl')).toBe('31 december 2026');
  });

  it('leave text that is not a date as it is', () => {
    expect(formatDay('someday', 'en')).toBe('someday');
  });
});

describe('moments in the UI language', () => {
  it('put the day before the month in English too, as the rest of the app does', () => {
    const at = '2027-01-15T09:05:00.000Z';
    expect(formatMoment(at, 'en')).toMatch(/^15 Jan 2027/);
    expect(formatMoment(at, 'nl')).toMatch(/^15 jan 2027/);
    expect(formatMoment('never', 'en')).toBe('never');
  });
});
