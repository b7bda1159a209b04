import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import type { Board } from '../../../shared/board/schema.ts';

export type ItemPart = ReturnType<typeof neighbourhood>;

const parts = new WeakMap<Board, Map<string, ItemPart>>();

/**
 * An item's neighbourhood on its board: its own nodes and those they connect to. The same object
 * each time for the same board and item, so a canvas drawn with it ahead (useItemCanvasStandby) is
 * not drawn again when the item opens.
 */
export function itemPart(board: Board, itemId: string): ItemPart {
  let ofBoard = parts.get(board);
  if (!ofBoard) parts.set(board, (ofBoard = new Map()));
  let part = ofBoard.get(itemId);
  if (!part) {
    const refs = indexBoard(board).itemById.get(itemId)?.refs ?? [];
    part = neighbourhood(board, new Set(refs));
    ofBoard.set(itemId, part);
  }
  return part;
}
