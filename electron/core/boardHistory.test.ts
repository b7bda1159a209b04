import { beforeEach, describe, expect, it } from 'vitest';
import { call, useMiniCore } from '../testing/miniCore.ts';
import { importReviewPack, newReviewSession, REVIEW_BOARD } from '../testing/reviewSessions.ts';

const mini = useMiniCore();
/** Another machine: a data folder of its own. */
const other = useMiniCore();
const BOARD = REVIEW_BOARD;

beforeEach(async () => {
  for (const core of [mini.core, other.core]) await importReviewPack(core);
});

async function q3AndQ4() {
  const q3 = await newReviewSession(mini.core);
  await call(mini.core, 'outcomes.record', {
    sessionId: q3.id,
    itemId: 'deploy_tool',
    changes: { status: 'decided', chosenOption: 'flux' },
    actor: 'Bram',
  });
  const q4 = await call(mini.core, 'sessions.nextReview', {
    sessionId: q3.id,
    title: 'Q4',
    date: '2026-12-07',
    facilitator: 'Chris',
    closePrevious: true,
  });
  await call(mini.core, 'outcomes.record', {
    sessionId: q4.session.id,
    itemId: 'deploy_tool',
    changes: { chosenOption: 'argo_cd' },
  });
  return { q3, q4: q4.session };
}

const summary = (entries: Awaited<ReturnType<typeof registerOf>>) =>
  entries.map((entry) => ({
    number: entry.number,
    decidedIn: entry.decidedIn.sessionId,
    supersededBy: entry.supersededBy,
    history: entry.history.map((line) => [line.session.sessionId, line.kind, line.actor]),
  }));
const registerOf = (core: typeof mini.core) => call(core, 'register.list', { boardId: BOARD });

describe("a board's history moved between machines", () => {
  it('imports into a fresh data folder with every link, decision number and actor kept', async () => {
    const { q3, q4 } = await q3AndQ4();
    const file = await call(mini.core, 'boards.exportHistory', { boardId: BOARD });
    const result = await call(other.core, 'boards.importHistory', {
      file: { name: file.fileName, base64: file.base64 },
    });
    expect(result).toMatchObject({ boardId: BOARD, idsChanged: false, numbersKept: true });
    const moved = await call(other.core, 'sessions.get', { sessionId: q4.id });
    expect(moved.previousSessionId).toBe(q3.id);
    const [tool] = await call(other.core, 'outcomes.list', { sessionId: q4.id });
    expect(tool?.carriedFrom?.sessionId).toBe(q3.id);
    expect(summary(await registerOf(other.core))).toEqual(summary(await registerOf(mini.core)));
    expect(summary(await registerOf(other.core))[0]?.history).toEqual([
      [q3.id, 'decided', 'Bram'],
      [q4.id, 'reversed', 'Chris'],
    ]);
    const events = await call(other.core, 'events.list', { sessionId: q3.id });
    expect(events.find((event) => event.type === 'outcome.recorded')?.actor).toBe('Bram');
    // Q4's report still has its "changes since the last review": the link to Q3 travelled.
    const report = await call(other.core, 'reports.export', { sessionId: q4.id, format: 'json', language: 'en' });
    const model = JSON.parse(Buffer.from(report.base64, 'base64').toString('utf8'));
    expect(model.changes.previous.id).toBe(q3.id);
  });

  it('says so when ids had to change, and keeps the links between the imported sessions', async () => {
    await q3AndQ4();
    const file = await call(mini.core, 'boards.exportHistory', { boardId: BOARD });
    const upload = { file: { name: file.fileName, base64: file.base64 } };
    const again = await call(mini.core, 'boards.importHistory', upload);
    expect(again).toMatchObject({ idsChanged: true, numbersKept: false });
    const [q3, q4] = again.sessions;
    expect(q4?.previousSessionId).toBe(q3?.id);
  });

  it('links a single imported session to its predecessor when that one is already there', async () => {
    const { q3, q4 } = await q3AndQ4();
    for (const session of [q3, q4]) {
      const file = await call(mini.core, 'sessions.export', { sessionId: session.id });
      const imported = await call(other.core, 'sessions.import', {
        file: { name: file.fileName, base64: file.base64 },
      });
      expect(imported).toMatchObject({ id: session.id, idChanged: false });
    }
    expect((await call(other.core, 'sessions.get', { sessionId: q4.id })).previousSessionId).toBe(q3.id);
    expect((await registerOf(other.core)).map((entry) => [entry.number, entry.option])).toEqual([
      [1, 'flux'],
      [2, 'argo_cd'],
    ]);
  });
});
