import { describe, expect, it } from 'vitest';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';

const ITEM = 'deploy_tool_choice';
const mini = useMiniCore();

async function newSession() {
  const session = await call(mini.core, 'sessions.create', {
    boardId: 'fixture-mini',
    title: 'Q3 review',
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'nl',
  });
  const addTime = (seconds: number, itemId = ITEM) =>
    call(mini.core, 'outcomes.addTime', { sessionId: session.id, itemId, seconds });
  return { session, addTime };
}

describe('time spent on an item', () => {
  it('adds up with the outcome, leaves its fields alone, and is in the audit trail', async () => {
    const { session, addTime } = await newSession();
    const first = await addTime(90);
    expect(first).toMatchObject({ status: 'open', rationale: '', timeSpentSeconds: 90 });
    await call(mini.core, 'outcomes.record', { sessionId: session.id, itemId: ITEM, changes: { status: 'decided' } });
    expect(await addTime(30)).toMatchObject({ status: 'decided', timeSpentSeconds: 120 });
    const [stored] = await call(mini.core, 'outcomes.list', { sessionId: session.id });
    expect(stored!.timeSpentSeconds).toBe(120);
    const timed = (await call(mini.core, 'events.list', { sessionId: session.id })).filter(
      (event) => event.type === 'outcome.timed',
    );
    expect(
      timed.map((event) => [event.actor, event.before?.timeSpentSeconds ?? null, event.after?.timeSpentSeconds]),
    ).toEqual([
      ['Anouk', null, 90],
      ['Anouk', 90, 120],
    ]);
  });

  it('is never taken back by undo or redo, and keeps the redo stack', async () => {
    const { session, addTime } = await newSession();
    await call(mini.core, 'outcomes.record', { sessionId: session.id, itemId: ITEM, changes: { rationale: 'first' } });
    await addTime(60);
    const undone = await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    // Back to before the first change, but the minute the room spent on it stays.
    expect(undone.outcome).toMatchObject({ rationale: '', timeSpentSeconds: 60 });
    expect(undone.canRedo).toBe(true);
    await addTime(15);
    expect((await call(mini.core, 'outcomes.undoState', { sessionId: session.id })).canRedo).toBe(true);
    const redone = await call(mini.core, 'outcomes.redo', { sessionId: session.id });
    expect(redone.outcome).toMatchObject({ rationale: 'first', timeSpentSeconds: 75 });
  });

  it('leaves an item without time untouched by undo, as before', async () => {
    const { session } = await newSession();
    await call(mini.core, 'outcomes.record', { sessionId: session.id, itemId: ITEM, changes: { rationale: 'x' } });
    const undone = await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    expect(undone.outcome).toBeNull();
    expect(await call(mini.core, 'outcomes.list', { sessionId: session.id })).toEqual([]);
  });

  it('refuses nothing to add, an unknown item, and a closed session', async () => {
    const { session, addTime } = await newSession();
    const base = { sessionId: session.id, itemId: ITEM };
    expect(await failure(mini.core, 'outcomes.addTime', { ...base, seconds: 0 })).toBe('bad-request');
    expect(await failure(mini.core, 'outcomes.addTime', { ...base, seconds: 1.5 })).toBe('bad-request');
    expect(await failure(mini.core, 'outcomes.addTime', { ...base, seconds: 2 * 24 * 3600 })).toBe('bad-request');
    expect(await failure(mini.core, 'outcomes.addTime', { ...base, itemId: 'nope', seconds: 5 })).toBe('not-found');
    await addTime(5);
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    expect(await failure(mini.core, 'outcomes.addTime', { ...base, seconds: 5 })).toBe('read-only');
  });
});
