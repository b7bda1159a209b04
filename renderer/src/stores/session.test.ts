import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import { newOutcome, type Outcome, type Session } from '../../../shared/session/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { testSession } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { useNotices } from './notices.ts';
import { createSessionStore } from './session.ts';
import { useWalkthrough } from './walkthrough.ts';

const session = testSession;

function outcome(sessionId: string, itemId: string, extra: Partial<Outcome> = {}): Outcome {
  return { ...newOutcome(sessionId, itemId, '2026-12-01T10:05:00.000Z'), status: 'decided', ...extra };
}

const DRAFT = {
  status: 'decided' as const,
  chosenOption: null,
  rationale: 'typed, not saved',
  owner: '',
  dueDate: null,
  reviewDate: null,
  checklist: {},
  notes: '',
};

let backend: ReturnType<typeof fakeBackend>;
let sessions: ReturnType<typeof createSessionStore>;

/** Opens a session and answers the three calls that opening makes. */
async function open(
  target: Session,
  outcomes: Outcome[] = [],
  history = { canUndo: false, canRedo: false },
  settings: SessionSettings = {},
) {
  const opening = sessions.getState().openSession(target);
  await backend.answer('outcomes.list', outcomes, { sessionId: target.id });
  await backend.answer('outcomes.undoState', history, { sessionId: target.id });
  await backend.answer('sessions.settings', settings, { sessionId: target.id });
  await opening;
}

beforeEach(() => {
  backend = fakeBackend();
  const memory = memoryInTests();
  const boards = createBoardStore(backend.api, memory);
  boards.setState({ current: { hash: 'hash-1', board: { meta: { id: 'board' } }, warnings: [] } as never });
  sessions = createSessionStore(backend.api, memory, boards);
  useNotices.setState({ error: null, status: null });
  useWalkthrough.setState({ selectedItemId: null });
});

describe('draft flushing', () => {
  it('saves what was typed to the session it was typed in before another session opens', async () => {
    await open(session('a'));
    sessions.getState().setPendingDraft({ itemId: 'item-1', changes: DRAFT });
    const switching = sessions.getState().openSession(session('b'));
    expect(await backend.inputOf('outcomes.record')).toMatchObject({
      sessionId: 'a',
      itemId: 'item-1',
      changes: { rationale: 'typed, not saved' },
    });
    await backend.answer('outcomes.record', outcome('a', 'item-1', { rationale: 'typed, not saved' }));
    await backend.answer('outcomes.list', [], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
    await backend.answer('sessions.settings', {});
    await switching;
    expect(sessions.getState().current?.id).toBe('b');
    expect(sessions.getState().pendingDraft).toBeNull();
  });

  it('saves the draft before an undo, so the undo takes back exactly that', async () => {
    await open(session('a'));
    sessions.getState().setPendingDraft({ itemId: 'item-1', changes: DRAFT });
    const undoing = sessions.getState().undo();
    expect(await backend.count('outcomes.undo')).toBe(0);
    await backend.answer('outcomes.record', outcome('a', 'item-1'));
    expect(await backend.count('outcomes.undo')).toBe(1);
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(sessions.getState().outcomes).toEqual({});
  });
});

describe('undo state', () => {
  it('follows recording, undo and redo, and moves the walkthrough to the item that changed', async () => {
    await open(session('a'), [], { canUndo: false, canRedo: true });
    const recording = sessions.getState().recordOutcome('item-1', { status: 'decided' });
    await backend.answer('outcomes.record', outcome('a', 'item-1'));
    await recording;
    expect(sessions.getState()).toMatchObject({ canUndo: true, canRedo: false });

    const undoing = sessions.getState().undo();
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(sessions.getState()).toMatchObject({ canUndo: false, canRedo: true, outcomes: {} });
    expect(useWalkthrough.getState().selectedItemId).toBe('item-1');

    const redoing = sessions.getState().redo();
    await backend.answer('outcomes.redo', {
      itemId: 'item-1',
      outcome: outcome('a', 'item-1'),
      canUndo: true,
      canRedo: false,
    });
    await redoing;
    expect(sessions.getState()).toMatchObject({ canUndo: true, canRedo: false });
    expect(sessions.getState().outcomes['item-1']?.status).toBe('decided');
  });

  it('does nothing in a closed session', async () => {
    await open(session('a', { closedAt: '2026-12-01T12:00:00.000Z' }));
    await sessions.getState().undo();
    expect(await backend.pendingMethods()).toBe('none');
  });
});

describe('answers for a session that is no longer on screen', () => {
  it('are not merged into the session that is', async () => {
    await open(session('a'));
    const recording = sessions.getState().recordOutcome('item-1', { status: 'decided' });
    await open(session('b'));
    await backend.answer('outcomes.record', outcome('a', 'item-1'));
    await recording;
    expect(sessions.getState().current?.id).toBe('b');
    expect(sessions.getState().outcomes).toEqual({});
    expect(sessions.getState().canUndo).toBe(false);
  });

  it('of an undo are not applied to another session', async () => {
    await open(session('a'));
    const undoing = sessions.getState().undo();
    await open(session('b'), [outcome('b', 'item-1')]);
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(sessions.getState().outcomes['item-1']?.sessionId).toBe('b');
    expect(sessions.getState().canRedo).toBe(false);
  });

  it('of an earlier open never replace the session opened after it', async () => {
    const first = sessions.getState().openSession(session('a'));
    const second = sessions.getState().openSession(session('b'));
    await backend.answer('outcomes.list', [], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false }, { sessionId: 'b' });
    await backend.answer('sessions.settings', { agenda: { order: ['b-order'], dropped: [] } }, { sessionId: 'b' });
    await second;
    await backend.answer('outcomes.list', [outcome('a', 'item-1')], { sessionId: 'a' });
    await backend.answer('outcomes.undoState', { canUndo: true, canRedo: false }, { sessionId: 'a' });
    await backend.answer('sessions.settings', { agenda: { order: ['a-order'], dropped: [] } }, { sessionId: 'a' });
    await first;
    expect(sessions.getState().current?.id).toBe('b');
    expect(sessions.getState().outcomes).toEqual({});
    expect(sessions.getState().settings.agenda?.order).toEqual(['b-order']);
  });

  it('of time booked are kept out of the session that is', async () => {
    await open(session('a'));
    const booking = sessions.getState().addTime('a', 'item-1', 30);
    await open(session('b'));
    await backend.answer('outcomes.addTime', outcome('a', 'item-1', { timeSpentSeconds: 30 }));
    await booking;
    expect(sessions.getState().outcomes).toEqual({});
  });
});

describe('resuming a session', () => {
  it('goes to the item the facilitator had open last', async () => {
    await open(session('a', { lastItemId: 'item-7' }));
    expect(useWalkthrough.getState().selectedItemId).toBe('item-7');
  });

  it('keeps an item picked while the session was still loading', async () => {
    useWalkthrough.setState({ selectedItemId: 'item-1' });
    const opening = sessions.getState().openSession(session('a', { lastItemId: 'item-7' }));
    useWalkthrough.getState().selectItem('item-2');
    await backend.answer('outcomes.list', []);
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
    await backend.answer('sessions.settings', {});
    await opening;
    expect(useWalkthrough.getState().selectedItemId).toBe('item-2');
  });
});

describe('settings of the session', () => {
  it('come with the session, are shown as soon as they are saved, and are what the back end stored then', async () => {
    await open(session('a'), [], undefined, { decisionContext: { team: 'new' } });
    expect(sessions.getState().settings).toEqual({ decisionContext: { team: 'new' } });
    const agenda = { order: ['item-2', 'item-1'], dropped: ['item-3'] };
    const saving = sessions.getState().saveSetting({ key: 'agenda', value: agenda });
    expect(sessions.getState().settings.agenda).toEqual(agenda);
    expect(await backend.inputOf('sessions.saveSetting')).toEqual({
      sessionId: 'a',
      setting: { key: 'agenda', value: agenda },
    });
    await backend.answer('sessions.saveSetting', { decisionContext: { team: 'new' }, agenda });
    expect(await saving).toBe(true);
  });

  it('go back to what is stored when saving fails', async () => {
    await open(session('a'), [], undefined, { agenda: { order: ['item-1'], dropped: [] } });
    const saving = sessions.getState().saveSetting({ key: 'agenda', value: { order: ['item-2'], dropped: [] } });
    await backend.fail('sessions.saveSetting', new Error('This session is closed; reopen it to make changes'));
    await backend.answer('sessions.settings', { agenda: { order: ['item-1'], dropped: [] } });
    expect(await saving).toBe(false);
    expect(sessions.getState().settings.agenda?.order).toEqual(['item-1']);
  });

  it('are not saved for a closed session', async () => {
    await open(session('a', { closedAt: '2026-12-01T12:00:00.000Z' }));
    expect(await sessions.getState().saveSetting({ key: 'decisionContext', value: {} })).toBe(false);
    expect(await backend.pendingMethods()).toBe('none');
  });
});

describe('time booked', () => {
  it('updates the outcome without touching the undo state or the open form', async () => {
    await open(session('a'), [outcome('a', 'item-1')], { canUndo: false, canRedo: true });
    const step = sessions.getState().historyStep;
    const booking = sessions.getState().addTime('a', 'item-1', 45);
    expect(await backend.inputOf('outcomes.addTime')).toEqual({ sessionId: 'a', itemId: 'item-1', seconds: 45 });
    await backend.answer('outcomes.addTime', outcome('a', 'item-1', { timeSpentSeconds: 45 }));
    await booking;
    expect(sessions.getState()).toMatchObject({ canUndo: false, canRedo: true, historyStep: step });
    expect(sessions.getState().outcomes['item-1']?.timeSpentSeconds).toBe(45);
  });

  it('is saved with everything else that waits, before moving on', async () => {
    await open(session('a'));
    const booked: string[] = [];
    sessions.getState().addFlusher(async () => void booked.push('time'));
    await sessions.getState().flushPendingDraft();
    expect(booked).toEqual(['time']);
  });
});

describe('a tab left open from before a restart', () => {
  it('is told the app was restarted instead of a bare error', async () => {
    useNotices.setState({ restarted: false });
    await open(session('a'));
    const recording = sessions.getState().recordOutcome('item-1', { status: 'decided' });
    await backend.fail(
      'outcomes.record',
      new ApiError({ code: 'wrong-token', reason: 'wrongToken', message: 'Wrong token' }),
    );
    expect(await recording).toBeNull();
    expect(useNotices.getState()).toMatchObject({ restarted: true, error: null });
  });
});

describe('failures', () => {
  it('reach the user as one message and leave the state as it was', async () => {
    await open(session('a'));
    const recording = sessions.getState().recordOutcome('item-1', { status: 'decided' });
    const closed = { code: 'read-only', reason: 'sessionClosed', params: { session: 'a' }, message: 'Closed' } as const;
    await backend.fail('outcomes.record', new ApiError(closed));
    expect(await recording).toBeNull();
    expect(useNotices.getState().error).toEqual({
      reason: 'sessionClosed',
      params: { session: 'a' },
      message: 'Closed',
    });
    expect(sessions.getState().outcomes).toEqual({});
  });
});
