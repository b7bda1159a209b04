import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import type { Board } from '../../../shared/board/schema.ts';
import { itemPart } from './itemPart.ts';

const board = {
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  edges: [{ from: 'a', to: 'b' }],
  items: [
    { id: 'one', refs: ['a'] },
    { id: 'two', refs: ['c'] },
  ],
} as unknown as Board;

describe('itemPart', () => {
  it("is the item's neighbourhood, the same object each time for the same board and item", () => {
    const part = itemPart(board, 'one');
    expect(part).toEqual(neighbourhood(board, new Set(['a'])));
    expect(part.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(itemPart(board, 'one')).toBe(part);
    expect(itemPart(board, 'two')).not.toBe(part);
  });

  it('is worked out anew for another board, even one equal to it', () => {
    expect(itemPart({ ...board }, 'one')).not.toBe(itemPart(board, 'one'));
  });
});
