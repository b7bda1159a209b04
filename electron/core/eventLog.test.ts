import { describe, expect, it } from 'vitest';
import { call, failure, newMiniSession, useMiniCore } from '../testing/miniCore.ts';

const ITEM = 'deploy_tool_choice';
const mini = useMiniCore();

const newSession = () => newMiniSession(mini.core);

describe('the audit log', () => {
  it('names who made every change: the facilitator unless said otherwise, the participant for a vote', async () => {
    const session = await newSession();
    await call(mini.core, 'outcomes.record', { sessionId: session.id, itemId: ITEM, changes: { status: 'decided' } });
    await call(mini.core, 'outcomes.vote', {
      sessionId: session.id,
      itemId: ITEM,
      participant: 'Bram',
      optionId: 'flux',
    });
    await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    await call(mini.core, 'sessions.rename', { sessionId: session.id, title: 'Q3', actor: 'Chris' });
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    const events = await call(mini.core, 'events.list', { sessionId: session.id });
    expect(events.map((event) => [event.type, event.actor])).toEqual([
      ['session.created', 'Anouk'],
      ['outcome.recorded', 'Anouk'],
      ['outcome.voted', 'Bram'],
      ['outcome.undone', 'Anouk'],
      ['session.renamed', 'Chris'],
      ['session.closed', 'Anouk'],
    ]);
  });

  it('keeps votes per participant, takes one back with null, and undoes a vote like any change', async () => {
    const session = await newSession();
    const vote = (participant: string, optionId: string | null) =>
      call(mini.core, 'outcomes.vote', { sessionId: session.id, itemId: ITEM, participant, optionId });
    await vote('Bram', 'flux');
    await vote('Chris', 'argo_cd');
    expect((await vote('Bram', 'argo_cd')).votes).toEqual({ Bram: 'argo_cd', Chris: 'argo_cd' });
    expect((await vote('Chris', null)).votes).toEqual({ Bram: 'argo_cd' });
    const undone = await call(mini.core, 'outcomes.undo', { sessionId: session.id });
    expect(undone.outcome?.votes).toEqual({ Bram: 'argo_cd', Chris: 'argo_cd' });
  });

  it('refuses a vote by someone who is not a participant, or for an option the item lacks, and stores nothing', async () => {
    const session = await newSession();
    const base = { sessionId: session.id, itemId: ITEM };
    expect(await failure(mini.core, 'outcomes.vote', { ...base, participant: 'Mallory', optionId: 'flux' })).toBe(
      'bad-request',
    );
    expect(await failure(mini.core, 'outcomes.vote', { ...base, participant: 'Bram', optionId: 'nope' })).toBe(
      'bad-request',
    );
    expect(await failure(mini.core, 'outcomes.record', { ...base, changes: { checklist: { '7': true } } })).toBe(
      'bad-request',
    );
    // Votes are cast one by one, in the name of who cast them; a recorded change cannot carry them.
    expect(await failure(mini.core, 'outcomes.record', { ...base, changes: { votes: { Bram: 'flux' } } })).toBe(
      'bad-request',
    );
    expect(await call(mini.core, 'outcomes.list', { sessionId: session.id })).toEqual([]);
    expect((await call(mini.core, 'events.list', { sessionId: session.id })).map((event) => event.type)).toEqual([
      'session.created',
    ]);
  });

  it('refuses a new session without a facilitator, or with a participant named twice', async () => {
    const input = { boardId: 'fixture-mini', title: 'Q3', date: '2026-09-30', language: 'nl' };
    expect(await failure(mini.core, 'sessions.create', input)).toBe('bad-request');
    expect(await failure(mini.core, 'sessions.create', { ...input, facilitator: '  ' })).toBe('bad-request');
    expect(
      await failure(mini.core, 'sessions.create', { ...input, facilitator: 'Anouk', participants: ['Bram', 'Bram'] }),
    ).toBe('bad-request');
    expect(await call(mini.core, 'sessions.list', {})).toEqual([]);
  });
});

describe('session settings', () => {
  it('keep the agenda and context a session was run with, checked against their shape', async () => {
    const session = await newSession();
    expect(await call(mini.core, 'sessions.settings', { sessionId: session.id })).toEqual({});
    await call(mini.core, 'sessions.saveSetting', {
      sessionId: session.id,
      setting: { key: 'agenda', value: { order: [ITEM], dropped: [] } },
    });
    const saved = await call(mini.core, 'sessions.saveSetting', {
      sessionId: session.id,
      setting: { key: 'decisionContext', value: { budget: 'low' } },
    });
    expect(saved).toEqual({ agenda: { order: [ITEM], dropped: [] }, decisionContext: { budget: 'low' } });
    expect(
      await failure(mini.core, 'sessions.saveSetting', {
        sessionId: session.id,
        setting: { key: 'agenda', value: { order: 'everything' } },
      }),
    ).toBe('bad-request');
    expect(
      await failure(mini.core, 'sessions.saveSetting', {
        sessionId: session.id,
        setting: { key: 'colour', value: 'red' },
      }),
    ).toBe('bad-request');
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    expect(
      await failure(mini.core, 'sessions.saveSetting', {
        sessionId: session.id,
        setting: { key: 'decisionContext', value: {} },
      }),
    ).toBe('read-only');
    expect(await call(mini.core, 'sessions.settings', { sessionId: session.id })).toEqual(saved);
  });
});
