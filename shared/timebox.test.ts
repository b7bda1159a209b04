import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from './board/kinds.ts';
import { clock, DEFAULT_MINUTES, timeboxTone } from './timebox.ts';

describe('the time box', () => {
  it('has a default length for every kind of item', () => {
    for (const kind of ITEM_KINDS) expect(DEFAULT_MINUTES[kind]).toBeGreaterThan(0);
  });

  it('turns amber for the last fifth (at least the last minute) and red when the time is up', () => {
    expect(timeboxTone(600, 0)).toBe('calm');
    expect(timeboxTone(600, 479)).toBe('calm');
    expect(timeboxTone(600, 480)).toBe('amber');
    expect(timeboxTone(600, 599)).toBe('amber');
    expect(timeboxTone(600, 600)).toBe('red');
    expect(timeboxTone(600, 900)).toBe('red');
    expect(timeboxTone(120, 59)).toBe('calm');
    expect(timeboxTone(120, 60)).toBe('amber');
  });

  it('shows time as minutes and seconds, and hours where there are any', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65)).toBe('1:05');
    expect(clock(-65)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
});
