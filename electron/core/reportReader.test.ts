import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, useMiniCore } from '../testing/miniCore.ts';
import { reviewPack } from '../testing/reviewPack.ts';
import { openReportReader } from './reportReader.ts';

const mini = useMiniCore();
const BOARD = 'review-fixture';

const filesOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, file]) => [name, strFromU8(file)]));

/** Q3 decides the tool (Flux) and the budget; Q4, the next review, reverses the tool to Argo CD. */
async function q3AndQ4() {
  await call(mini.core, 'boards.import', {
    files: [{ name: 'board.yaml', base64: Buffer.from(reviewPack()).toString('base64') }],
  });
  const q3 = await call(mini.core, 'sessions.create', {
    boardId: BOARD,
    title: 'Q3',
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'nl',
  });
  const record = (sessionId: string, itemId: string, changes: Record<string, unknown>) =>
    call(mini.core, 'outcomes.record', { sessionId, itemId, changes });
  await record(q3.id, 'deploy_tool', {
    status: 'decided',
    chosenOption: 'flux',
    rationale: 'Small team',
    owner: 'Ops',
  });
  await record(q3.id, 'budget_question', { status: 'decided', rationale: 'Enough' });
  const q4 = await call(mini.core, 'sessions.nextReview', {
    sessionId: q3.id,
    title: 'Q4',
    date: '2026-12-07',
    closePrevious: true,
  });
  await record(q4.session.id, 'deploy_tool', { chosenOption: 'argo_cd', rationale: 'Team knows it' });
  return [q3.id, q4.session.id];
}

describe('the report reader of the command line', () => {
  it('exports the same MADR records as the app, numbered and linked by the board register', async () => {
    const sessions = await q3AndQ4();
    // The app stays open on the data folder meanwhile, as it may when `boardwalk report` runs.
    const reader = openReportReader(join(mini.root, 'data'), async () => new Uint8Array());
    try {
      for (const sessionId of sessions)
        for (const language of ['nl', 'en'] as const) {
          const input = { sessionId, format: 'md', language } as const;
          const app = await call(mini.core, 'reports.export', input);
          const cli = await reader.export(input);
          expect(cli.fileName).toBe(app.fileName);
          expect(filesOf(cli.bytes), `${sessionId} ${language}`).toEqual(filesOf(Buffer.from(app.base64, 'base64')));
        }
      const q4 = filesOf((await reader.export({ sessionId: sessions[1]!, format: 'md', language: 'en' })).bytes);
      expect(Object.keys(q4).sort()).toEqual([
        '0001-deploy-tool.md',
        '0002-budget-question.md',
        '0003-deploy-tool.md',
        'README.md',
      ]);
      expect(q4['0003-deploy-tool.md']).toContain('Supersedes [ADR-0001](0001-deploy-tool.md).');
    } finally {
      reader.close();
    }
  });
});
