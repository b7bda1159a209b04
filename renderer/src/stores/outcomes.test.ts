import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import { newOutcome, type Outcome, type Session } from '../../../shared/session/schema.ts';
import type { fakeBackend } from '../../testing/fakeBackend.ts';
import { openSession, type OpenAnswers } from '../../testing/openSession.ts';
import type { sessionStores } from '../../testing/sessions.ts';
import { storesOnFakeBackend, testSession as session } from '../../testing/sessions.ts';
import { useNotices } from './notices.ts';
import { useWalkthrough } from './walkthrough.ts';

function outcome(sessionId: string, itemId: string, extra: Partial<Outcome> = {}): Outcome {
  return { ...newOutcome(sessionId, itemId, '2026-12-01T10:05:00.000Z'), status: 'decided', ...extra };
}

let backend: ReturnType<typeof fakeBackend>;
let stores: ReturnType<typeof sessionStores>;
let outcomes: ReturnType<typeof sessionStores>['outcomes'];

const open = (target: Session, answers: OpenAnswers = {}) => openSession(backend, stores.sessions, target, answers);

beforeEach(() => {
  ({ backend, stores } = storesOnFakeBackend());
  outcomes = stores.outcomes;
  useWalkthrough.setState({ selectedItemId: null });
});

describe('undo state', () => {
  it('follows recording, undo and redo, and moves the walkthrough to the item that changed', async () => {
    await open(session('a'), { history: { canUndo: false, canRedo: true } });
    const recording = outcomes.getState().recordOutcome('item-1', { status: 'decided' });
    await backend.answer('outcomes.record', outcome('a', 'item-1'));
    await recording;
    expect(outcomes.getState()).toMatchObject({ canUndo: true, canRedo: false });

    const undoing = outcomes.getState().undo();
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(outcomes.getState()).toMatchObject({ canUndo: false, canRedo: true, outcomes: {} });
    expect(useWalkthrough.getState().selectedItemId).toBe('item-1');

    const redoing = outcomes.getState().redo();
    await backend.answer('outcomes.redo', {
      itemId: 'item-1',
      outcome: outcome('a', 'item-1'),
      canUndo: true,
      canRedo: false,
    });
    await redoing;
    expect(outcomes.getState()).toMatchObject({ canUndo: true, canRedo: false });
    expect(outcomes.getState().outcomes['item-1']?.status).toBe('decided');
  });

  it('saves what waits to be saved before an undo, so the undo takes back exactly that', async () => {
    await open(session('a'));
    stores.sessions.getState().addFlusher(async () => {
      await backend.api['outcomes.addTime']({ sessionId: 'a', itemId: 'item-1', seconds: 30 });
    });
    const undoing = outcomes.getState().undo();
    expect(await backend.count('outcomes.undo')).toBe(0);
    await backend.answer('outcomes.addTime', outcome('a', 'item-1', { timeSpentSeconds: 30 }));
    expect(await backend.count('outcomes.undo')).toBe(1);
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(outcomes.getState().outcomes).toEqual({});
  });

  it('does nothing in a closed session', async () => {
    await open(session('a', { closedAt: '2026-12-01T12:00:00.000Z' }));
    await outcomes.getState().undo();
    expect(await backend.pendingMethods()).toBe('none');
  });
});

describe('answers for a session that is no longer on screen', () => {
  it('are not merged into the session that is', async () => {
    await open(session('a'));
    const recording = outcomes.getState().recordOutcome('item-1', { status: 'decided' });
    await open(session('b'));
    await backend.answer('outcomes.record', outcome('a', 'item-1'));
    await recording;
    expect(stores.sessions.getState().current?.id).toBe('b');
    expect(outcomes.getState().outcomes).toEqual({});
    expect(outcomes.getState().canUndo).toBe(false);
  });

  it('of an undo are not applied to another session', async () => {
    await open(session('a'));
    const undoing = outcomes.getState().undo();
    await open(session('b'), { outcomes: [outcome('b', 'item-1')] });
    await backend.answer('outcomes.undo', { itemId: 'item-1', outcome: null, canUndo: false, canRedo: true });
    await undoing;
    expect(outcomes.getState().outcomes['item-1']?.sessionId).toBe('b');
    expect(outcomes.getState().canRedo).toBe(false);
  });

  it('of time booked are kept out of the session that is', async () => {
    await open(session('a'));
    const booking = outcomes.getState().addTime('a', 'item-1', 30);
    await open(session('b'));
    await backend.answer('outcomes.addTime', outcome('a', 'item-1', { timeSpentSeconds: 30 }));
    await booking;
    expect(outcomes.getState().outcomes).toEqual({});
  });
});

describe('time booked', () => {
  it('updates the outcome without touching the undo state or the open form', async () => {
    await open(session('a'), { outcomes: [outcome('a', 'item-1')], history: { canUndo: false, canRedo: true } });
    const step = outcomes.getState().historyStep;
    const booking = outcomes.getState().addTime('a', 'item-1', 45);
    expect(await backend.inputOf('outcomes.addTime')).toEqual({ sessionId: 'a', itemId: 'item-1', seconds: 45 });
    await backend.answer('outcomes.addTime', outcome('a', 'item-1', { timeSpentSeconds: 45 }));
    await booking;
    expect(outcomes.getState()).toMatchObject({ canUndo: false, canRedo: true, historyStep: step });
    expect(outcomes.getState().outcomes['item-1']?.timeSpentSeconds).toBe(45);
  });
});

describe('a tab left open from before a restart', () => {
  it('is told the app was restarted instead of a bare error', async () => {
    useNotices.setState({ restarted: false });
    await open(session('a'));
    const recording = outcomes.getState().recordOutcome('item-1', { status: 'decided' });
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
    const recording = outcomes.getState().recordOutcome('item-1', { status: 'decided' });
    const closed = { code: 'read-only', reason: 'sessionClosed', params: { session: 'a' }, message: 'Closed' } as const;
    await backend.fail('outcomes.record', new ApiError(closed));
    expect(await recording).toBeNull();
    expect(useNotices.getState().error).toEqual({
      reason: 'sessionClosed',
      params: { session: 'a' },
      message: 'Closed',
    });
    expect(outcomes.getState().outcomes).toEqual({});
  });
});
