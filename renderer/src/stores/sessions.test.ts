import { beforeEach, describe, expect, it } from 'vitest';
import { newOutcome, type Outcome } from '../../../shared/session/schema.ts';
import { EMPTY_DRAFT } from '../../../shared/meeting/draft.ts';
import type { fakeBackend } from '../../testing/fakeBackend.ts';
import { openSession } from '../../testing/openSession.ts';
import type { sessionStores } from '../../testing/sessions.ts';
import { storesOnFakeBackend, testSession } from '../../testing/sessions.ts';
import { useNotices } from './notices.ts';
import { useWalkthrough } from './walkthrough.ts';

const session = testSession;

function outcome(sessionId: string, itemId: string, extra: Partial<Outcome> = {}): Outcome {
  return { ...newOutcome(sessionId, itemId, '2026-12-01T10:05:00.000Z'), status: 'decided', ...extra };
}

let backend: ReturnType<typeof fakeBackend>;
let stores: ReturnType<typeof sessionStores>;
let sessions: ReturnType<typeof sessionStores>['sessions'];

beforeEach(() => {
  ({ backend, stores } = storesOnFakeBackend());
  sessions = stores.sessions;
  useWalkthrough.setState({ selectedItemId: null });
});

describe('unsaved work', () => {
  it('is saved to the session it was entered in before another session opens', async () => {
    await openSession(backend, sessions, session('a'));
    // As the draft store does: what waits is kept for the session it was typed in.
    sessions.getState().addFlusher(async () => {
      await backend.api['drafts.save']({ sessionId: 'a', itemId: 'item-1', fields: EMPTY_DRAFT });
    });
    const switching = sessions.getState().openSession(session('b'));
    expect(await backend.pendingMethods()).toBe('drafts.save');
    expect(await backend.inputOf('drafts.save')).toMatchObject({ sessionId: 'a', itemId: 'item-1' });
    await backend.answer('drafts.save', {});
    await backend.answer('outcomes.list', [], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
    await backend.answer('sessions.settings', {});
    await switching;
    expect(sessions.getState().current?.id).toBe('b');
  });

  it('is saved with everything else that waits, before moving on', async () => {
    await openSession(backend, sessions, session('a'));
    const booked: string[] = [];
    sessions.getState().addFlusher(async () => void booked.push('time'));
    sessions.getState().addFlusher(async () => void booked.push('drafts'));
    await sessions.getState().flushUnsaved();
    expect(booked).toEqual(['time', 'drafts']);
  });
});

describe('opening a session', () => {
  it('shows its outcomes, undo state and settings together with it', async () => {
    await openSession(backend, sessions, session('a'), {
      outcomes: [outcome('a', 'item-1')],
      history: { canUndo: true, canRedo: false },
      settings: { decisionContext: { team: 'new' } },
    });
    expect(sessions.getState().current?.id).toBe('a');
    expect(stores.outcomes.getState()).toMatchObject({ canUndo: true, canRedo: false });
    expect(stores.outcomes.getState().outcomes['item-1']?.status).toBe('decided');
    expect(stores.sessionSettings.getState().settings).toEqual({ decisionContext: { team: 'new' } });
  });

  it('answers of an earlier open never replace the session opened after it', async () => {
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
    expect(stores.outcomes.getState().outcomes).toEqual({});
    expect(stores.sessionSettings.getState().settings.agenda?.order).toEqual(['b-order']);
  });

  it('that fails shows one message and leaves the session on screen as it was', async () => {
    await openSession(backend, sessions, session('a'), { settings: { decisionContext: { team: 'a' } } });
    const opening = sessions.getState().openSession(session('b'));
    await backend.answer('outcomes.list', [outcome('b', 'item-1')], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: true, canRedo: false }, { sessionId: 'b' });
    await backend.fail('sessions.settings', new Error('The database is busy'), { sessionId: 'b' });
    await opening;
    expect(useNotices.getState().error).toEqual({ message: 'The database is busy' });
    expect(sessions.getState().current?.id).toBe('a');
    expect(stores.outcomes.getState().outcomes).toEqual({});
    expect(stores.sessionSettings.getState().settings).toEqual({ decisionContext: { team: 'a' } });
  });
});

describe('resuming a session', () => {
  it('goes to the item the facilitator had open last', async () => {
    await openSession(backend, sessions, session('a', { lastItemId: 'item-7' }));
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

describe('the last session of the board gone', () => {
  it('leaves no outcomes or settings on screen', async () => {
    await openSession(backend, sessions, session('a'), {
      outcomes: [outcome('a', 'item-1')],
      history: { canUndo: true, canRedo: false },
      settings: { decisionContext: { team: 'new' } },
    });
    const trashing = sessions.getState().trashSession('a');
    await backend.answer('sessions.trash', {});
    await backend.answer('sessions.list', []);
    await backend.answer('sessions.listTrash', [session('a')]);
    expect(await trashing).toBe(true);
    expect(sessions.getState().current).toBeNull();
    expect(stores.outcomes.getState()).toMatchObject({ outcomes: {}, canUndo: false, canRedo: false });
    expect(stores.sessionSettings.getState().settings).toEqual({});
  });
});
