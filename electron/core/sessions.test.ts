import { describe, expect, it } from 'vitest';
import { call, failure, newMiniSession, useMiniCore } from '../testing/miniCore.ts';

const ITEM = 'deploy_tool_choice';
const mini = useMiniCore();

const newSession = (title?: string) => newMiniSession(mini.core, title);

function record(sessionId: string, changes: Record<string, unknown>) {
  return call(mini.core, 'outcomes.record', { sessionId, itemId: ITEM, changes, actor: 'Anouk' });
}

async function eventTypes(sessionId: string) {
  return (await call(mini.core, 'events.list', { sessionId })).map((event) => event.type);
}

describe('a session through its life', () => {
  it('is renamed, closed read-only, reopened, and every step is in its audit trail', async () => {
    const session = await newSession();
    await call(mini.core, 'sessions.rename', {
      sessionId: session.id,
      title: 'Q3 architecture review',
      actor: 'Anouk',
    });
    await call(mini.core, 'sessions.close', { sessionId: session.id, actor: 'Anouk' });
    expect(
      await failure(mini.core, 'outcomes.record', {
        sessionId: session.id,
        itemId: ITEM,
        changes: { status: 'decided' },
      }),
    ).toBe('read-only');
    expect(await failure(mini.core, 'sessions.rename', { sessionId: session.id, title: 'x' })).toBe('read-only');
    await call(mini.core, 'sessions.reopen', { sessionId: session.id, actor: 'Bram' });
    await record(session.id, { status: 'decided' });
    const reopened = await call(mini.core, 'sessions.get', { sessionId: session.id });
    expect(reopened).toMatchObject({ title: 'Q3 architecture review', closedAt: null });
    expect(await eventTypes(session.id)).toEqual([
      'session.created',
      'session.renamed',
      'session.closed',
      'session.reopened',
      'outcome.recorded',
    ]);
    const reopenEvent = (await call(mini.core, 'events.list', { sessionId: session.id }))[3]!;
    expect(reopenEvent.actor).toBe('Bram');
  });

  it("keeps the facilitator's written summary, durable and in the audit trail, and refuses it once closed", async () => {
    const session = await newSession();
    expect(session.summary).toBe('');
    const saved = await call(mini.core, 'sessions.saveSummary', {
      sessionId: session.id,
      summary: 'Five decisions confirmed.\n\nThe DNS risk goes to the board.',
      actor: 'Anouk',
    });
    expect(saved.summary).toBe('Five decisions confirmed.\n\nThe DNS risk goes to the board.');
    // Saving the same text again is no change and no event.
    await call(mini.core, 'sessions.saveSummary', { sessionId: session.id, summary: saved.summary });
    expect((await call(mini.core, 'sessions.get', { sessionId: session.id })).summary).toBe(saved.summary);
    const events = await call(mini.core, 'events.list', { sessionId: session.id });
    expect(events.map((event) => event.type)).toEqual(['session.created', 'session.summarized']);
    expect(events[1]).toMatchObject({ actor: 'Anouk', before: { summary: '' }, after: { summary: saved.summary } });
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    expect(await failure(mini.core, 'sessions.saveSummary', { sessionId: session.id, summary: 'later' })).toBe(
      'read-only',
    );
  });

  it('goes to the trash, comes back, and is only gone for good when the trash is emptied', async () => {
    const kept = await newSession('kept');
    const binned = await newSession('binned');
    await record(binned.id, { status: 'decided', rationale: 'to be restored' });
    await call(mini.core, 'sessions.trash', { sessionId: binned.id });
    expect((await call(mini.core, 'sessions.list', {})).map((s) => s.title)).toEqual(['kept']);
    expect((await call(mini.core, 'sessions.listTrash', {})).map((s) => s.title)).toEqual(['binned']);
    expect(await failure(mini.core, 'outcomes.list', { sessionId: binned.id })).toBe('not-found');

    await call(mini.core, 'sessions.restore', { sessionId: binned.id });
    expect((await call(mini.core, 'outcomes.list', { sessionId: binned.id }))[0]!.rationale).toBe('to be restored');

    await call(mini.core, 'sessions.trash', { sessionId: binned.id });
    expect(await call(mini.core, 'sessions.emptyTrash', {})).toEqual({ removed: 1 });
    expect(await call(mini.core, 'sessions.listTrash', {})).toEqual([]);
    expect(await failure(mini.core, 'sessions.restore', { sessionId: binned.id })).toBe('not-found');
    expect((await call(mini.core, 'sessions.list', {})).map((s) => s.id)).toEqual([kept.id]);
  });

  it('remembers the item it was left at', async () => {
    const session = await newSession();
    await call(mini.core, 'sessions.resume', { sessionId: session.id, itemId: ITEM });
    await mini.restart();
    expect((await call(mini.core, 'sessions.get', { sessionId: session.id })).lastItemId).toBe(ITEM);
  });
});

describe('undo and redo', () => {
  it('take changes back and put them back in order, also after a restart', async () => {
    const session = await newSession();
    await record(session.id, { status: 'deferred' });
    await record(session.id, { status: 'decided', rationale: 'agreed' });
    await mini.restart();

    const undone = await call(mini.core, 'outcomes.undo', { sessionId: session.id, actor: 'Anouk' });
    expect(undone).toMatchObject({ itemId: ITEM, canUndo: true, canRedo: true });
    expect(undone.outcome).toMatchObject({ status: 'deferred', rationale: '' });
    await mini.restart();

    const first = await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    expect(first.outcome).toBeNull();
    expect(await call(mini.core, 'outcomes.list', { sessionId: session.id })).toEqual([]);
    expect(await call(mini.core, 'outcomes.undoState', { sessionId: session.id })).toEqual({
      canUndo: false,
      canRedo: true,
    });
    await mini.restart();

    const redone = await call(mini.core, 'outcomes.redo', { sessionId: session.id });
    expect(redone.outcome).toMatchObject({ status: 'deferred' });
    const again = await call(mini.core, 'outcomes.redo', { sessionId: session.id });
    expect(again.outcome).toMatchObject({ status: 'decided', rationale: 'agreed' });
    expect(await call(mini.core, 'outcomes.undoState', { sessionId: session.id })).toEqual({
      canUndo: true,
      canRedo: false,
    });
    expect(await eventTypes(session.id)).toEqual([
      'session.created',
      'outcome.recorded',
      'outcome.recorded',
      'outcome.undone',
      'outcome.undone',
      'outcome.redone',
      'outcome.redone',
    ]);
  });

  it('forgets what could be redone once something new is recorded', async () => {
    const session = await newSession();
    await record(session.id, { status: 'deferred' });
    await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    await record(session.id, { owner: 'Ops' });
    const redo = await call(mini.core, 'outcomes.redo', { sessionId: session.id });
    expect(redo).toMatchObject({ itemId: null, canRedo: false });
    expect((await call(mini.core, 'outcomes.list', { sessionId: session.id }))[0]).toMatchObject({
      status: 'open',
      owner: 'Ops',
    });
  });

  it('has nothing to undo in a new session and is refused in a closed one', async () => {
    const session = await newSession();
    expect(await call(mini.core, 'outcomes.undo', { sessionId: session.id })).toMatchObject({
      itemId: null,
      canUndo: false,
    });
    await record(session.id, { status: 'decided' });
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    expect(await failure(mini.core, 'outcomes.undo', { sessionId: session.id })).toBe('read-only');
  });
});

describe('comparing two sessions', () => {
  it('shows per item what changed in status, decision, owner and due date', async () => {
    const q3 = await newSession('Q3');
    await record(q3.id, { status: 'deferred', owner: 'Ops' });
    const q4 = await newSession('Q4');
    await record(q4.id, { status: 'decided', chosenOption: 'argo_cd', owner: 'Ops', dueDate: '2027-01-31' });
    const comparison = await call(mini.core, 'sessions.compare', { earlierSessionId: q3.id, laterSessionId: q4.id });
    expect(comparison.items).toEqual([
      {
        itemId: ITEM,
        kind: 'decided',
        changes: [
          { field: 'status', before: 'deferred', after: 'decided' },
          { field: 'chosenOption', before: null, after: 'argo_cd' },
          { field: 'dueDate', before: null, after: '2027-01-31' },
        ],
      },
    ]);
  });
});
