import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.ts';

describe('the canonical form of a board', () => {
  it('does not depend on the order keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
  });

  it('leaves out what says nothing, so a default spelled out or added later changes nothing', () => {
    const written = { id: 'x', refs: [], recommended: false, options: [{ id: 'o', notes: {} }], summary: null };
    expect(canonicalJson(written)).toBe(canonicalJson({ id: 'x', options: [{ id: 'o' }] }));
  });

  it('keeps what does say something, and the order of lists', () => {
    expect(canonicalJson({ blocking: true })).not.toBe(canonicalJson({}));
    expect(canonicalJson({ refs: ['a', 'b'] })).not.toBe(canonicalJson({ refs: ['b', 'a'] }));
    expect(canonicalJson({ count: 0 })).not.toBe(canonicalJson({}));
  });
});
