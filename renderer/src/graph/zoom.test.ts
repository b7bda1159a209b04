import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveMs } from './zoom.ts';

function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }));
}

describe('moving the view', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('slides for the time given', () => {
    prefersReducedMotion(false);
    expect(moveMs(250)).toBe(250);
  });

  it('jumps at once when the user prefers reduced motion', () => {
    prefersReducedMotion(true);
    expect(moveMs(250)).toBe(0);
  });
});
