import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DRAFT } from '../../../shared/meeting/draft.ts';
import { newOutcome, type Session } from '../../../shared/session/schema.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { sessionStores, testSession as session } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { createDraftStore, DRAFT_DELAY_MS } from './drafts.ts';
import { useWalkthrough } from './walkthrough.ts';

let backend: ReturnType<typeof fakeBackend>;
let sessions: ReturnType<typeof sessionStores>['sessions'];
let outcomes: ReturnType<typeof sessionStores>['outcomes'];
let drafts: ReturnType<typeof createDraftStore>;
let clocks: [string, unknown][];

async function open(target: Session, kept: { drafts?: unknown[]; timer?: unknown } = {}) {
  const opening = sessions.getState().openSession(target);
  await backend.answer('outcomes.list', [], { sessionId: target.id });
  await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false }, { sessionId: target.id });
  await backend.answer('sessions.settings', {}, { sessionId: target.id });
  await opening;
  await backend.answer(
    'drafts.list',
    { drafts: kept.drafts ?? [], timer: kept.timer ?? null },
    { sessionId: target.id },
  );
  await vi.waitFor(() => expect(drafts.getState().sessionId).toBe(target.id));
}

beforeEach(async () => {
  vi.useFakeTimers();
  backend = fakeBackend();
  const memory = memoryInTests();
  const boards = createBoardStore(backend.api, memory);
  boards.setState({ current: { hash: 'hash-1', board: { meta: { id: 'board' } }, warnings: [] } as never });
  useWalkthrough.setState({ selectedItemId: null });
  ({ sessions, outcomes } = sessionStores(backend.api, memory, boards));
  clocks = [];
  drafts = createDraftStore(backend.api, sessions, outcomes, (sessionId, timer) => clocks.push([sessionId, timer]));
  await open(session('a'));
});
afterEach(() => vi.useRealTimers());

describe('drafts', () => {
  it('are shown at once and kept 300 ms after the last change, the last change only', async () => {
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, rationale: 'ty' });
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, rationale: 'typed' });
    expect(drafts.getState().drafts['item-1']?.rationale).toBe('typed');
    expect(drafts.getState().unsaved['item-1']).toBe(true);
    expect(await backend.pendingMethods()).toBe('none');
    vi.advanceTimersByTime(DRAFT_DELAY_MS);
    expect(await backend.inputOf('drafts.save')).toMatchObject({
      sessionId: 'a',
      itemId: 'item-1',
      fields: { rationale: 'typed' },
    });
    await backend.answer('drafts.save', { sessionId: 'a', itemId: 'item-1', fields: EMPTY_DRAFT, updatedAt: 'now' });
    await vi.waitFor(() => expect(drafts.getState().unsaved).toEqual({}));
    expect(await backend.count('drafts.save')).toBe(0);
  });

  it('are kept for the session they were typed in before another session opens, and come back with it', async () => {
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, owner: 'Bram' });
    const switching = sessions.getState().openSession(session('b'));
    await backend.answer('outcomes.list', [], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
    await backend.answer('sessions.settings', {});
    await switching;
    expect(await backend.inputOf('drafts.save')).toMatchObject({ sessionId: 'a', itemId: 'item-1' });
    await backend.answer('drafts.save', { sessionId: 'a', itemId: 'item-1', fields: EMPTY_DRAFT, updatedAt: 'now' });
    const timer = { itemId: 'item-2', since: 5 };
    const kept = { sessionId: 'b', itemId: 'item-2', fields: { ...EMPTY_DRAFT, notes: 'b' }, updatedAt: 'now' };
    await backend.answer('drafts.list', { drafts: [kept], timer }, { sessionId: 'b' });
    await vi.waitFor(() => expect(drafts.getState().drafts).toEqual({ 'item-2': kept.fields }));
    expect(clocks).toEqual([
      ['a', null],
      ['b', timer],
    ]);
  });

  it('are no drafts once they equal what is recorded, and are let go when recorded', async () => {
    outcomes.setState({ outcomes: { 'item-1': { ...newOutcome('a', 'item-1', 'now'), owner: 'Bram' } } });
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, owner: 'Bra' });
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, owner: 'Bram' });
    expect(drafts.getState().drafts).toEqual({});
    expect(await backend.inputOf('drafts.discard')).toEqual({ sessionId: 'a', itemId: 'item-1' });
    vi.advanceTimersByTime(DRAFT_DELAY_MS);
    expect(await backend.count('drafts.save')).toBe(0);

    drafts.getState().edit('item-2', { ...EMPTY_DRAFT, status: 'decided' });
    const taking = drafts.getState().take('item-2');
    await backend.answer('drafts.save', { sessionId: 'a', itemId: 'item-2', fields: EMPTY_DRAFT, updatedAt: 'now' });
    expect((await taking)?.status).toBe('decided');
    drafts.getState().recorded('item-2');
    expect(drafts.getState().drafts).toEqual({});
  });

  it('are not entered in a closed session', async () => {
    await open(session('closed', { closedAt: '2026-12-01T12:00:00.000Z' }));
    drafts.getState().edit('item-1', { ...EMPTY_DRAFT, owner: 'Bram' });
    expect(drafts.getState().drafts).toEqual({});
  });
});
