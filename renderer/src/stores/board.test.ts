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

describe('board versions', () => {
  it('are fetched once each, also when asked for twice at the same time', async () => {
    const backend = fakeBackend();
    const boards = createBoardStore(backend.api, memoryInTests());
    const version = { hash: 'h1', board: { meta: { id: 'board' } }, warnings: [] };
    const first = boards.getState().openBoard('board', 'h1');
    const second = boards.getState().openBoard('board', 'h1');
    expect(await backend.count('boards.get')).toBe(1);
    await backend.answer('boards.get', version);
    await Promise.all([first, second]);
    await boards.getState().openBoard('board', 'h1');
    expect(await backend.count('boards.get')).toBe(0);
    expect(boards.getState().current?.hash).toBe('h1');
  });

  it('show the board asked for last', async () => {
    const backend = fakeBackend();
    const boards = createBoardStore(backend.api, memoryInTests());
    const first = boards.getState().openBoard('one');
    const second = boards.getState().openBoard('two');
    await backend.answer(
      'boards.get',
      { hash: 'h2', board: { meta: { id: 'two' } }, warnings: [] },
      { boardId: 'two' },
    );
    await second;
    await backend.answer(
      'boards.get',
      { hash: 'h1', board: { meta: { id: 'one' } }, warnings: [] },
      { boardId: 'one' },
    );
    await first;
    expect(boards.getState().current?.hash).toBe('h2');
  });
});
