import { beforeEach, describe, expect, it } from 'vitest';
import { reviewStanding } from '../../shared/session/review.ts';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';
import { reviewPack } from '../testing/reviewPack.ts';

const mini = useMiniCore();
beforeEach(() => importPack(reviewPack()));

function importPack(yaml: string) {
  return call(mini.core, 'boards.import', {
    files: [{ name: 'board.yaml', base64: Buffer.from(yaml).toString('base64') }],
  });
}

function newSession(title: string, date: string) {
  return call(mini.core, 'sessions.create', {
    boardId: 'review-fixture',
    title,
    date,
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'en',
  });
}

function record(sessionId: string, itemId: string, changes: Record<string, unknown>) {
  return call(mini.core, 'outcomes.record', { sessionId, itemId, changes });
}

async function outcomesOf(sessionId: string) {
  return Object.fromEntries(
    (await call(mini.core, 'outcomes.list', { sessionId })).map((outcome) => [outcome.itemId, outcome]),
  );
}

/** Q3 decides the tool (review due in March), defers the DNS risk, and notes something on the budget question. */
async function heldQ3() {
  const q3 = await newSession('Q3 review', '2026-09-30');
  await record(q3.id, 'deploy_tool', {
    status: 'decided',
    chosenOption: 'flux',
    rationale: 'Smaller footprint',
    owner: 'Ops',
    dueDate: '2026-11-30',
    reviewDate: '2027-03-01',
  });
  await call(mini.core, 'outcomes.vote', {
    sessionId: q3.id,
    itemId: 'deploy_tool',
    participant: 'Bram',
    optionId: 'flux',
  });
  await record(q3.id, 'dns_risk', { status: 'deferred', owner: 'Network team' });
  await record(q3.id, 'budget_question', { notes: 'Ask finance' });
  await call(mini.core, 'sessions.close', { sessionId: q3.id });
  return q3;
}

describe('the next review', () => {
  it('starts from where the last one ended: decided items stay decided, marked where they were decided', async () => {
    const q3 = await heldQ3();
    expect(
      await failure(mini.core, 'sessions.nextReview', {
        sessionId: (await newSession('open', '2026-10-01')).id,
        title: 'x',
        date: '2026-12-15',
      }),
    ).toBe('conflict');
    const next = await call(mini.core, 'sessions.nextReview', {
      sessionId: q3.id,
      title: 'Q4 review',
      date: '2026-12-15',
    });
    expect(next.carried.sort()).toEqual(['budget_question', 'deploy_tool', 'dns_risk']);
    expect(next).toMatchObject({ dropped: [], adjusted: [] });
    const outcomes = await outcomesOf(next.session.id);
    const from = { sessionId: q3.id, title: 'Q3 review', date: '2026-09-30' };
    expect(outcomes.deploy_tool).toMatchObject({
      status: 'decided',
      chosenOption: 'flux',
      rationale: 'Smaller footprint',
      owner: 'Ops',
      carriedFrom: from,
      // The votes and the time belong to the meeting they were cast in.
      votes: {},
      timeSpentSeconds: 0,
    });
    expect(outcomes.dns_risk).toMatchObject({ status: 'deferred', carriedFrom: from });
    const session = next.session;
    expect(reviewStanding(outcomes.deploy_tool, session)).toBe('carried-settled');
    expect(reviewStanding(outcomes.dns_risk, session)).toBe('carried-pending');
    expect(reviewStanding(outcomes.budget_question, session)).toBe('carried-pending');
    expect(reviewStanding(outcomes.team_question, session)).toBe('fresh');
    // The agenda is fixed as the review starts: pending first, what is new next, the settled decision last.
    const { agenda } = await call(mini.core, 'sessions.settings', { sessionId: session.id });
    expect(agenda?.order).toEqual(['dns_risk', 'budget_question', 'team_question', 'deploy_tool']);
    const events = await call(mini.core, 'events.list', { sessionId: session.id, itemId: 'deploy_tool' });
    expect(events.map((event) => [event.type, event.actor])).toEqual([['outcome.carried-over', 'Anouk']]);
  });

  it('brings a decision back as due for review once its review date has come', async () => {
    const q3 = await heldQ3();
    const q1 = await call(mini.core, 'sessions.nextReview', {
      sessionId: q3.id,
      title: 'Q1 review',
      date: '2027-03-10',
    });
    const outcomes = await outcomesOf(q1.session.id);
    expect(reviewStanding(outcomes.deploy_tool, q1.session)).toBe('due-for-review');
    const { agenda } = await call(mini.core, 'sessions.settings', { sessionId: q1.session.id });
    expect(agenda?.order).toEqual(['dns_risk', 'budget_question', 'deploy_tool', 'team_question']);
    // Taken up again, it still says where it was decided, and what it came in as.
    await record(q1.session.id, 'deploy_tool', { reviewDate: '2027-09-01', chosenOption: 'argo_cd' });
    expect((await outcomesOf(q1.session.id)).deploy_tool?.carriedFrom).toMatchObject({
      sessionId: q3.id,
      title: 'Q3 review',
      date: '2026-09-30',
      state: { status: 'decided', chosenOption: 'flux' },
    });
  });

  it('keeps saying where a decision was made when it is carried through more than one review', async () => {
    const q3 = await heldQ3();
    const q4 = await call(mini.core, 'sessions.nextReview', { sessionId: q3.id, title: 'Q4', date: '2026-12-15' });
    await call(mini.core, 'outcomes.vote', {
      sessionId: q4.session.id,
      itemId: 'deploy_tool',
      participant: 'Bram',
      optionId: 'argo_cd',
    });
    await call(mini.core, 'sessions.close', { sessionId: q4.session.id });
    const q1 = await call(mini.core, 'sessions.nextReview', {
      sessionId: q4.session.id,
      title: 'Q1',
      date: '2027-01-15',
    });
    expect((await outcomesOf(q1.session.id)).deploy_tool?.carriedFrom).toMatchObject({ sessionId: q3.id });
  });

  it('lets go of an option the newer board version no longer has, and says so', async () => {
    const q3 = await heldQ3();
    await importPack(reviewPack({ withoutFlux: true }));
    const next = await call(mini.core, 'sessions.nextReview', { sessionId: q3.id, title: 'Q4', date: '2026-12-15' });
    expect(next.adjusted).toEqual(['deploy_tool']);
    expect((await outcomesOf(next.session.id)).deploy_tool).toMatchObject({
      status: 'decided',
      chosenOption: null,
      rationale: 'Smaller footprint',
    });
  });
});

describe('decisions due for review', () => {
  it('are listed across the sessions of a board, from the latest session that recorded each', async () => {
    const q3 = await heldQ3();
    expect(await call(mini.core, 'sessions.dueForReview', { boardId: 'review-fixture', asOf: '2027-02-28' })).toEqual(
      [],
    );
    const due = await call(mini.core, 'sessions.dueForReview', { boardId: 'review-fixture', asOf: '2027-03-01' });
    expect(due.map((entry) => [entry.outcome.itemId, entry.decidedIn.sessionId])).toEqual([['deploy_tool', q3.id]]);
  });

  it('name the session the decision was taken in, not the newest session that carried it', async () => {
    const q3 = await heldQ3();
    const q4 = await call(mini.core, 'sessions.nextReview', { sessionId: q3.id, title: 'Q4', date: '2026-12-07' });
    const due = await call(mini.core, 'sessions.dueForReview', { boardId: 'review-fixture', asOf: '2027-03-01' });
    expect(due.map((entry) => [entry.decidedIn.title, entry.latestSessionId])).toEqual([['Q3 review', q4.session.id]]);
    // Inside Q4 the decision is already on the agenda: it is not offered again.
    const inQ4 = { boardId: 'review-fixture', asOf: '2027-03-01', exceptSessionId: q4.session.id };
    expect(await call(mini.core, 'sessions.dueForReview', inQ4)).toEqual([]);
  });

  it('are taken up by the one next review, which carries deferred, escalated and open items along', async () => {
    const q3 = await heldQ3();
    await call(mini.core, 'sessions.reopen', { sessionId: q3.id });
    await record(q3.id, 'team_question', { status: 'escalated' });
    const review = await call(mini.core, 'sessions.nextReview', {
      sessionId: q3.id,
      title: 'Q1 review',
      date: '2027-03-05',
      facilitator: 'Bram',
      participants: ['Anouk', 'Chris'],
      closePrevious: true,
    });
    expect(review.carried.sort()).toEqual(['budget_question', 'deploy_tool', 'dns_risk', 'team_question']);
    expect(review.session).toMatchObject({ facilitator: 'Bram', participants: ['Anouk', 'Chris'] });
    expect((await call(mini.core, 'sessions.get', { sessionId: q3.id })).closedAt).not.toBeNull();
    const outcomes = await outcomesOf(review.session.id);
    expect(reviewStanding(outcomes.deploy_tool, review.session)).toBe('due-for-review');
    expect(outcomes.dns_risk).toMatchObject({ status: 'deferred' });
    expect(outcomes.team_question).toMatchObject({ status: 'escalated' });
  });
});

describe('comparing a review with the one before', () => {
  it('shows nothing for what was carried over unchanged, and names what really changed', async () => {
    const q3 = await heldQ3();
    const next = await call(mini.core, 'sessions.nextReview', { sessionId: q3.id, title: 'Q4', date: '2026-12-15' });
    const compare = () =>
      call(mini.core, 'sessions.compare', { earlierSessionId: q3.id, laterSessionId: next.session.id });
    expect((await compare()).items.filter((row) => row.kind !== null)).toEqual([]);

    await record(next.session.id, 'deploy_tool', { status: 'escalated' });
    await record(next.session.id, 'dns_risk', { status: 'decided' });
    await record(next.session.id, 'team_question', { status: 'deferred' });
    await record(next.session.id, 'budget_question', { owner: 'Finance' });
    const kinds = Object.fromEntries((await compare()).items.map((row) => [row.itemId, row.kind]));
    expect(kinds).toEqual({
      deploy_tool: 'reopened',
      dns_risk: 'decided',
      team_question: 'first-recorded',
      budget_question: 'details-changed',
    });
  });
});

describe('comparing sessions given in any order', () => {
  it('orders them by date itself, and lists what was confirmed and what was due and not reviewed', async () => {
    const q3 = await heldQ3();
    const q1 = await call(mini.core, 'sessions.nextReview', { sessionId: q3.id, title: 'Q1', date: '2027-03-10' });
    await record(q1.session.id, 'dns_risk', { status: 'decided' });
    const comparison = await call(mini.core, 'sessions.compare', {
      earlierSessionId: q1.session.id,
      laterSessionId: q3.id,
    });
    expect(comparison).toMatchObject({ reordered: true, earlier: { id: q3.id }, later: { id: q1.session.id } });
    expect(comparison.dueNotReviewed).toEqual(['deploy_tool']);
    expect(comparison.confirmed).toEqual([]);
    await call(mini.core, 'outcomes.confirm', { sessionId: q1.session.id, itemId: 'deploy_tool' });
    const after = await call(mini.core, 'sessions.compare', { earlierSessionId: q3.id, laterSessionId: q1.session.id });
    expect(after).toMatchObject({ reordered: false, confirmed: ['deploy_tool'], dueNotReviewed: [] });
  });
});
