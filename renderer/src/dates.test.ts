import { describe, expect, it } from 'vitest';
import { formatDay } from './dates.ts';

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
