import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, useMiniCore } from '../testing/miniCore.ts';
import { importReviewPack, reviewQ3AndQ4 } from '../testing/reviewSessions.ts';
import { openReportReader } from './reportReader.ts';

const mini = useMiniCore();
const filesOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, file]) => [name, strFromU8(file)]));

describe('the report reader of the command line', () => {
  it('exports the same MADR records as the app, numbered and linked by the board register', async () => {
    await importReviewPack(mini.core);
    const { q3, q4: next } = await reviewQ3AndQ4(mini.core);
    const sessions = [q3.id, next.id];
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
