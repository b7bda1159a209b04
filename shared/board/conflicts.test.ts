import { describe, expect, it } from 'vitest';
import type { Board } from './schema.ts';
import { conflictPairs } from './conflicts.ts';

// Only what the rule reads: the items' kind, id and refs.
const board = {
  items: [
    { id: 'c1', kind: 'conflict', refs: ['a', 'b', 'c'] },
    { id: 'r1', kind: 'risk', refs: ['a', 'b'] },
    { id: 'c2', kind: 'conflict', refs: ['d', 'a'] },
  ],
} as unknown as Board;
const pairs = (shown: string[], onlyItem?: string) =>
  conflictPairs(board, new Set(shown), onlyItem).map(({ item, from, to }) => `${item.id}:${from}-${to}`);

describe('the pairs a conflict sets against each other', () => {
  it('are its first node against each other one, for conflicts only', () => {
    expect(pairs(['a', 'b', 'c', 'd'])).toEqual(['c1:a-b', 'c1:a-c', 'c2:d-a']);
  });

  it('start from the first node shown, and leave out nodes not shown', () => {
    expect(pairs(['b', 'c', 'd'])).toEqual(['c1:b-c']);
  });

  it("are one conflict's alone in its item view", () => {
    expect(pairs(['a', 'b', 'c', 'd'], 'c2')).toEqual(['c2:d-a']);
  });
});
