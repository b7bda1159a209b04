import { describe, expect, it } from 'vitest';
import { indexBoard, itemsOfNode } from './boardIndex.ts';
import type { Board } from './schema.ts';

const board = {
  nodes: [
    { id: 'n1', label: { nl: 'een', en: 'one' } },
    { id: 'n2', label: { nl: 'twee', en: 'two' } },
  ],
  items: [
    { id: 'i1', refs: ['n2', 'n1'] },
    { id: 'i2', refs: ['n2', 'missing'] },
  ],
} as unknown as Board;

describe('the index of a board version', () => {
  it('finds items and nodes by id, and the items of a node in board order', () => {
    const index = indexBoard(board);
    expect(index.itemById.get('i2')?.id).toBe('i2');
    expect(index.nodeById.get('n1')?.id).toBe('n1');
    expect(itemsOfNode(board, 'n2').map((item) => item.id)).toEqual(['i1', 'i2']);
    expect(itemsOfNode(board, 'nobody')).toEqual([]);
    expect(index.nodesOfItem('i1').map((node) => node.id)).toEqual(['n2', 'n1']);
    expect(index.nodesOfItem('i2').map((node) => node.id)).toEqual(['n2']);
  });

  it('is built once per board version', () => {
    expect(indexBoard(board)).toBe(indexBoard(board));
  });
});
