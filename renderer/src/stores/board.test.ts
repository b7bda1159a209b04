import { describe, expect, it } from 'vitest';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { boardToOpen, createBoardStore, type BoardSummary } from './board.ts';

function summary(id: string, startHere = false): BoardSummary {
  return {
    hash: `${id}-hash`,
    meta: {
      id,
      version: '1',
      title: { nl: id, en: id },
      languages: ['nl', 'en'],
      credit: 'c',
      licence: 'MIT',
      documents: [],
      sourceNotes: [],
      startHere,
    },
    nodeCount: 1,
    itemCount: 1,
    warningCount: 0,
  };
}

describe('the board shown first', () => {
  const boards = [summary('layer2'), summary('migration', true), summary('other')];

  it('is the one a review starts from for someone new, not simply the first in the list', () => {
    expect(boardToOpen(boards, null)?.meta.id).toBe('migration');
  });

  it('is the one shown last time for someone who chose before', () => {
    expect(boardToOpen(boards, 'other')?.meta.id).toBe('other');
    expect(boardToOpen(boards, 'gone')?.meta.id).toBe('migration');
  });

  it('is the first board where none says where to start', () => {
    expect(boardToOpen([summary('a'), summary('b')], null)?.meta.id).toBe('a');
    expect(boardToOpen([], null)).toBeUndefined();
  });

  it('is opened by the store when the boards are listed', async () => {
    const backend = fakeBackend();
    const store = createBoardStore(backend.api, memoryInTests());
    const loading = store.getState().loadBoards();
    await backend.answer('boards.list', boards);
    expect(await backend.inputOf('boards.get')).toEqual({ boardId: 'migration', hash: undefined });
    await backend.answer('boards.get', { hash: 'migration-hash', board: { meta: boards[1]!.meta }, warnings: [] });
    await loading;
    expect(store.getState().current?.hash).toBe('migration-hash');
  });
});
