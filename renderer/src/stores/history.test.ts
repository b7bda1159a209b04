import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { createBoardStore } from './board.ts';
import { createHistoryStore, EVENT_PAGE } from './history.ts';
import { useNotices } from './notices.ts';

let backend: ReturnType<typeof fakeBackend>;

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

function comparison(earlier: string, later: string) {
  return { earlier: { id: earlier }, later: { id: later }, items: [] };
}

describe('the compare view', () => {
  it('shows the answer to the question asked last, however the answers arrive', async () => {
    const history = createHistoryStore(backend.api);
    const first = history.getState().compare('a', 'b');
    const second = history.getState().compare('a', 'c');
    await backend.answer('sessions.compare', comparison('a', 'c'), { laterSessionId: 'c' });
    await second;
    await backend.answer('sessions.compare', comparison('a', 'b'), { laterSessionId: 'b' });
    await first;
    expect(history.getState().comparison?.later.id).toBe('c');
  });

  it('drops a late answer once the comparison was cleared', async () => {
    const history = createHistoryStore(backend.api);
    const asking = history.getState().compare('a', 'b');
    history.getState().clearComparison();
    await backend.answer('sessions.compare', comparison('a', 'b'));
    await asking;
    expect(history.getState().comparison).toBeNull();
  });

  it('does not show the failure of a question nobody waits for any more', async () => {
    const history = createHistoryStore(backend.api);
    const first = history.getState().compare('a', 'b');
    const second = history.getState().compare('a', 'c');
    await backend.fail('sessions.compare', new Error('old question failed'), { laterSessionId: 'b' });
    await first;
    expect(useNotices.getState().error).toBeNull();
    await backend.answer('sessions.compare', comparison('a', 'c'));
    await second;
    expect(history.getState().comparison?.later.id).toBe('c');
  });
});

describe('the audit view', () => {
  it('keeps the events of the filter chosen last', async () => {
    const history = createHistoryStore(backend.api);
    const all = history.getState().loadEvents('s', null);
    const one = history.getState().loadEvents('s', 'item-1');
    await backend.answer('events.list', [{ id: 2 }], { itemId: 'item-1' });
    await one;
    await backend.answer('events.list', [{ id: 1 }, { id: 2 }]);
    await all;
    expect(history.getState().eventsFor).toEqual({ sessionId: 's', itemId: 'item-1' });
    expect(history.getState().events).toEqual([{ id: 2 }]);
  });
});

describe('the audit trail in pages', () => {
  const page = (from: number, count: number) => Array.from({ length: count }, (_, k) => ({ id: from + k }));

  it('reads a long trail page by page after the last event read, until a page comes back short', async () => {
    const history = createHistoryStore(backend.api);
    const first = history.getState().loadEvents('s', null);
    expect(await backend.inputOf('events.list')).toEqual({ sessionId: 's', itemId: undefined, limit: EVENT_PAGE });
    await backend.answer('events.list', page(1, EVENT_PAGE));
    await first;
    expect(history.getState().eventsComplete).toBe(false);
    const more = history.getState().loadMoreEvents();
    void history.getState().loadMoreEvents();
    expect(await backend.count('events.list')).toBe(1);
    expect((await backend.inputOf('events.list')).after).toBe(EVENT_PAGE);
    await backend.answer('events.list', page(EVENT_PAGE + 1, 5));
    await more;
    expect(history.getState().events.map((event) => event.id)).toEqual(page(1, EVENT_PAGE + 5).map((e) => e.id));
    expect(history.getState().eventsComplete).toBe(true);
    await history.getState().loadMoreEvents();
    expect(await backend.count('events.list')).toBe(0);
  });

  it('drops a further page of a trail once another trail was asked for', async () => {
    const history = createHistoryStore(backend.api);
    const first = history.getState().loadEvents('s', null);
    await backend.answer('events.list', page(1, EVENT_PAGE));
    await first;
    const more = history.getState().loadMoreEvents();
    const other = history.getState().loadEvents('s', 'item-1');
    await backend.answer('events.list', [{ id: 7 }], { itemId: 'item-1' });
    await other;
    await backend.answer('events.list', page(EVENT_PAGE + 1, 3));
    await more;
    expect(history.getState().events).toEqual([{ id: 7 }]);
    expect(history.getState().eventsFor).toEqual({ sessionId: 's', itemId: 'item-1' });
  });
});

describe('board versions', () => {
  it('are fetched once each, also when asked for twice at the same time', async () => {
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
