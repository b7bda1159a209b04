import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from '../../shared/meeting/draft.ts';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';

const ITEM = 'deploy_tool_choice';
const mini = useMiniCore();

async function newSession() {
  return call(mini.core, 'sessions.create', {
    boardId: 'fixture-mini',
    title: 'Q3 review',
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'nl',
  });
}

describe('drafts of outcomes', () => {
  it('are kept as entered, without an outcome or an audit event, until recorded', async () => {
    const session = await newSession();
    const fields = { ...EMPTY_DRAFT, status: 'deferred' as const, rationale: 'Half typed', owner: 'Bram' };
    await call(mini.core, 'drafts.save', { sessionId: session.id, itemId: ITEM, fields });
    const kept = await call(mini.core, 'drafts.list', { sessionId: session.id });
    expect(kept.drafts.map((draft) => [draft.itemId, draft.fields])).toEqual([[ITEM, fields]]);
    expect(await call(mini.core, 'outcomes.list', { sessionId: session.id })).toEqual([]);
    const types = (await call(mini.core, 'events.list', { sessionId: session.id })).map((event) => event.type);
    expect(types).toEqual(['session.created']);

    await call(mini.core, 'outcomes.record', { sessionId: session.id, itemId: ITEM, changes: fields });
    expect((await call(mini.core, 'drafts.list', { sessionId: session.id })).drafts).toEqual([]);
    const [outcome] = await call(mini.core, 'outcomes.list', { sessionId: session.id });
    expect(outcome).toMatchObject({ status: 'deferred', rationale: 'Half typed', owner: 'Bram' });
  });

  it('are let go when discarded, and refused on a closed session', async () => {
    const session = await newSession();
    await call(mini.core, 'drafts.save', { sessionId: session.id, itemId: ITEM, fields: EMPTY_DRAFT });
    await call(mini.core, 'drafts.discard', { sessionId: session.id, itemId: ITEM });
    expect((await call(mini.core, 'drafts.list', { sessionId: session.id })).drafts).toEqual([]);
    await call(mini.core, 'sessions.close', { sessionId: session.id });
    const refused = await failure(mini.core, 'drafts.save', {
      sessionId: session.id,
      itemId: ITEM,
      fields: EMPTY_DRAFT,
    });
    expect(refused).toBe('read-only');
  });

  it('keep the running clock of the time box until it stops', async () => {
    const session = await newSession();
    expect((await call(mini.core, 'drafts.list', { sessionId: session.id })).timer).toBeNull();
    await call(mini.core, 'drafts.setTimer', { sessionId: session.id, timer: { itemId: ITEM, since: 1_700_000 } });
    expect((await call(mini.core, 'drafts.list', { sessionId: session.id })).timer).toEqual({
      itemId: ITEM,
      since: 1_700_000,
    });
    await call(mini.core, 'drafts.setTimer', { sessionId: session.id, timer: null });
    expect((await call(mini.core, 'drafts.list', { sessionId: session.id })).timer).toBeNull();
  });
});

describe('the meeting plan', () => {
  it('is kept with the session, and each change to it or to the agenda is an audit event', async () => {
    const session = await newSession();
    const plan = { lengthMinutes: 60, timeboxMinutes: { [ITEM]: 7 }, startTimerOnOpen: false };
    await call(mini.core, 'sessions.saveSetting', { sessionId: session.id, setting: { key: 'plan', value: plan } });
    const agenda = { order: [ITEM], dropped: [] };
    const settings = await call(mini.core, 'sessions.saveSetting', {
      sessionId: session.id,
      setting: { key: 'agenda', value: agenda },
    });
    expect(settings).toMatchObject({ plan, agenda });
    const planned = (await call(mini.core, 'events.list', { sessionId: session.id })).filter(
      (event) => event.type === 'session.planned',
    );
    expect(planned.map((event) => [event.before, event.after])).toEqual([
      [
        { agenda: null, plan: null },
        { agenda: null, plan },
      ],
      [
        { agenda: null, plan },
        { agenda, plan },
      ],
    ]);
    // A setting outside the plan is audited as a setting change, not as a plan change.
    await call(mini.core, 'sessions.saveSetting', {
      sessionId: session.id,
      setting: { key: 'decisionContext', value: {} },
    });
    const types = (await call(mini.core, 'events.list', { sessionId: session.id })).map((event) => event.type);
    expect(types.filter((type) => type === 'session.planned')).toHaveLength(2);
    expect(types.at(-1)).toBe('session.setting-saved');
  });
});
