import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract.ts';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';
import { reviewPack } from '../testing/reviewPack.ts';
import { newReviewSession, REVIEW_BOARD } from '../testing/reviewSessions.ts';

const mini = useMiniCore();
const BOARD = REVIEW_BOARD;
beforeEach(() => importPack(reviewPack()));

function importPack(yaml: string) {
  return call(mini.core, 'boards.import', {
    files: [{ name: 'board.yaml', base64: Buffer.from(yaml).toString('base64') }],
  });
}

function record(sessionId: string, itemId: string, changes: Record<string, unknown>, actor?: string) {
  return call(mini.core, 'outcomes.record', { sessionId, itemId, changes, actor });
}

async function q3() {
  const session = await newReviewSession(mini.core);
  await record(session.id, 'deploy_tool', { status: 'decided', chosenOption: 'flux', reviewDate: '2026-12-01' });
  await record(session.id, 'dns_risk', { status: 'deferred' });
  await record(session.id, 'budget_question', { status: 'decided', rationale: 'Enough' });
  await call(mini.core, 'sessions.close', { sessionId: session.id });
  return session;
}

function next(sessionId: string, title: string, date: string, facilitator?: string) {
  return call(mini.core, 'sessions.nextReview', { sessionId, title, date, facilitator, closePrevious: true });
}

const register = () => call(mini.core, 'register.list', { boardId: BOARD });
const byItem = async () => Object.fromEntries((await register()).map((entry) => [entry.itemId, entry]));

describe('the decision register', () => {
  it('numbers a decision the first time it is taken and keeps the number across sessions and board versions', async () => {
    const first = await q3();
    const numbers = (await register()).map((entry) => [entry.itemId, entry.number]);
    expect(numbers).toEqual([
      ['deploy_tool', 1],
      ['budget_question', 2],
    ]);
    await importPack(reviewPack({ withoutFlux: false }).replace("version: '1'", "version: '1.1'"));
    const q4 = await next(first.id, 'Q4', '2026-12-07');
    expect(q4.session.boardHash).not.toBe(first.boardHash);
    await record(q4.session.id, 'team_question', { status: 'decided' });
    await record(q4.session.id, 'budget_question', { owner: 'Finance' });
    expect((await register()).map((entry) => [entry.itemId, entry.number])).toEqual([...numbers, ['team_question', 3]]);
    await mini.restart();
    expect((await register()).map((entry) => entry.number)).toEqual([1, 2, 3]);
  });

  it('keeps one history line per session: decided, confirmed, reversed; the reversal supersedes', async () => {
    const first = await q3();
    const q4 = await next(first.id, 'Q4', '2026-12-07');
    // Confirm unchanged is its own action: no field changes, a new review date may come with it.
    const confirmed = await call(mini.core, 'outcomes.confirm', {
      sessionId: q4.session.id,
      itemId: 'deploy_tool',
      reviewDate: '2027-03-01',
      actor: 'Chris',
    });
    expect(confirmed).toMatchObject({ status: 'decided', chosenOption: 'flux', reviewDate: '2027-03-01' });
    expect(confirmed.confirmedAt).not.toBeNull();
    const trail = await call(mini.core, 'events.list', { sessionId: q4.session.id, itemId: 'deploy_tool' });
    expect(trail.map((event) => [event.type, event.actor])).toEqual([
      ['outcome.carried-over', 'Anouk'],
      ['outcome.confirmed', 'Chris'],
    ]);
    const q1 = await next(q4.session.id, 'Q1', '2027-03-10', 'Bram');
    await record(q1.session.id, 'deploy_tool', { chosenOption: 'argo_cd', rationale: 'Team knows it' }, 'Bram');
    await record(q1.session.id, 'dns_risk', { status: 'escalated' });

    const entries = await call(mini.core, 'register.history', { boardId: BOARD, itemId: 'deploy_tool' });
    expect(
      entries.map((entry) => [entry.number, entry.option, entry.status, entry.supersedes, entry.supersededBy]),
    ).toEqual([
      [1, 'flux', 'superseded', null, 3],
      [3, 'argo_cd', 'accepted', 1, null],
    ]);
    const history = entries[1]!.history;
    expect(history.map((line) => [line.session.title, line.kind, line.actor])).toEqual([
      ['Q3', 'decided', 'Anouk'],
      ['Q4', 'confirmed', 'Chris'],
      ['Q1', 'reversed', 'Bram'],
    ]);
    expect(history[2]).toMatchObject({ previousOption: 'flux', option: 'argo_cd' });
    expect(entries[1]).toMatchObject({ state: 'decided', decidedIn: { title: 'Q1' }, lastReview: { title: 'Q1' } });
    expect(entries[0]).toMatchObject({ state: 'superseded', decidedIn: { title: 'Q3' } });
    // A deferred item gets no number, but its history is kept.
    expect((await byItem()).dns_risk).toBeUndefined();

    // Undoing the reversal takes the new number back and the earlier decision stands again.
    await call(mini.core, 'outcomes.undo', { sessionId: q1.session.id });
    await call(mini.core, 'outcomes.undo', { sessionId: q1.session.id });
    const after = await call(mini.core, 'register.history', { boardId: BOARD, itemId: 'deploy_tool' });
    expect(after.map((entry) => [entry.number, entry.status])).toEqual([[1, 'accepted']]);
    expect(after[0]!.history.map((line) => line.kind)).toEqual(['decided', 'confirmed']);
  });

  it('says "changed" with what changed, and "withdrawn" when a decision is set aside', async () => {
    const first = await q3();
    const q4 = await next(first.id, 'Q4', '2026-12-07');
    await record(q4.session.id, 'deploy_tool', { owner: 'Platform team' });
    await record(q4.session.id, 'budget_question', { status: 'not-applicable' });
    const entries = await byItem();
    expect(entries.deploy_tool!.history.at(-1)).toMatchObject({
      kind: 'changed',
      changes: [{ field: 'owner', before: null, after: 'Platform team' }],
    });
    expect(entries.budget_question).toMatchObject({ status: 'deprecated', state: 'withdrawn' });
  });

  it('refuses to confirm what was not carried in as a decision', async () => {
    const first = await q3();
    const q4 = await next(first.id, 'Q4', '2026-12-07');
    const input = { sessionId: q4.session.id, itemId: 'dns_risk' };
    expect(await failure(mini.core, 'outcomes.confirm', input)).toBe('conflict');
  });
});

describe('every change leaves a trace', () => {
  it('agenda order and dropped items, decision-tree context, export settings, resume and the review agenda are events', async () => {
    const first = await q3();
    const q4 = await next(first.id, 'Q4', '2026-12-07');
    const sessionId = q4.session.id;
    const order = ['deploy_tool', 'dns_risk', 'budget_question'];
    const saves: ApiInput<'sessions.saveSetting'>['setting'][] = [
      { key: 'agenda', value: { order, dropped: ['team_question'] } },
      { key: 'decisionContext', value: { hosting: 'cloud' } },
      { key: 'exportOptions', value: { language: 'en', format: 'md', includeUndecided: true, omitSections: [] } },
    ];
    for (const setting of saves) await call(mini.core, 'sessions.saveSetting', { sessionId, setting, actor: 'Bram' });
    await call(mini.core, 'sessions.resume', { sessionId, itemId: 'dns_risk', actor: 'Bram' });
    const events = (await call(mini.core, 'events.list', { sessionId })).filter((event) => event.itemId === null);
    const settingEvents = events.filter((event) => event.type === 'session.setting-saved');
    const planEvents = events.filter((event) => event.type === 'session.planned');
    // Today's agenda is part of the meeting plan: the review's own, fixed as it started, then the room's change.
    expect(planEvents.map((event) => event.actor)).toEqual(['Anouk', 'Bram']);
    expect(planEvents[1]?.before).toMatchObject({ agenda: { dropped: [] } });
    expect(planEvents[1]?.after).toMatchObject({ agenda: { order, dropped: ['team_question'] } });
    // Every other setting the room changed, by whom.
    expect(
      settingEvents.map((event) => [event.type === 'session.setting-saved' && event.after.key, event.actor]),
    ).toEqual(saves.slice(1).map((setting) => [setting.key, 'Bram']));
    expect(events.find((event) => event.type === 'session.resumed')).toMatchObject({
      actor: 'Bram',
      before: { itemId: null },
      after: { itemId: 'dns_risk' },
    });
  });

  it('emptying the trash leaves a record of which sessions went, by whom, without their content', async () => {
    const first = await q3();
    await call(mini.core, 'sessions.trash', { sessionId: first.id });
    expect(await call(mini.core, 'sessions.emptyTrash', { actor: 'Anouk' })).toEqual({ removed: 1 });
    const [purge] = await call(mini.core, 'register.purges', {});
    expect(purge).toMatchObject({ actor: 'Anouk', sessions: [{ id: first.id, title: 'Q3', boardId: BOARD }] });
    expect(JSON.stringify(purge)).not.toContain('flux');
    // The register keeps the decisions of a purged session.
    expect((await register()).map((entry) => entry.number)).toEqual([1, 2]);
  });
});
