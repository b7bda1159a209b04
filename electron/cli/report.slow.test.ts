import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startMiniCore } from '../testing/miniCore.ts';
import { useTempDirs } from '../testing/tempDirs.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');
const temp = useTempDirs();

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, 'report', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A data folder holding one session with a decided item, as the app leaves it. */
async function dataWithSession() {
  const root = temp();
  const core = await startMiniCore(root);
  const session = await call(core, 'sessions.create', {
    boardId: 'fixture-mini',
    title: 'Kwartaalreview',
    date: '2027-01-15',
    facilitator: 'Anouk',
    language: 'nl',
  });
  await call(core, 'outcomes.record', {
    sessionId: session.id,
    itemId: 'deploy_tool_choice',
    changes: { status: 'decided', chosenOption: 'argo_cd', rationale: 'Het team kent Argo CD al.' },
  });
  core.close();
  return { root, dataDir: join(root, 'data'), session };
}

describe('boardwalk report', () => {
  it('exports a session named by its title as JSON, in the language asked for', async () => {
    const { root, dataDir, session } = await dataWithSession();
    const out = join(root, 'report.json');
    const result = run([
      '--data-dir',
      dataDir,
      '--session',
      'Kwartaalreview',
      '--format',
      'json',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`wrote ${out}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ format: 'boardwalk-report', version: 2, language: 'en' });
    expect(report.$schema).toBe('urn:boardwalk:report-schema:v2');
    expect(report.cover.session.id).toBe(session.id);
    expect(report.decisions[0]).toMatchObject({ status: 'decided', rationale: 'Het team kent Argo CD al.' });
  });

  it('writes MADR records into a folder, or a zip when the path says so', async () => {
    const { root, dataDir, session } = await dataWithSession();
    const folder = join(root, 'decisions');
    expect(run(['--data-dir', dataDir, '--session', session.id, '--format', 'md', '--out', folder]).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['0001-deploy-tool-choice.md', 'README.md']);
    expect(readFileSync(join(folder, '0001-deploy-tool-choice.md'), 'utf8')).toContain('Het team kent Argo CD al.');
    const zip = join(root, 'adr.zip');
    expect(run(['--data-dir', dataDir, '--session', session.id, '--format', 'md', '--out', zip]).code).toBe(0);
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
  });

  it('says which sessions there are when the one named does not exist, a session a line', async () => {
    const { dataDir, session } = await dataWithSession();
    const result = run(['--data-dir', dataDir, '--session', 'Nope', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.err).not.toContain('\\u000a');
    expect(result.err.split('\n')).toEqual([
      "boardwalk report: no session 'Nope'; the sessions are:",
      `  ${session.id}  2027-01-15  Kwartaalreview`,
      '',
    ]);
  });

  it('works while the app has the data folder open, reading what it has committed', async () => {
    const { root, dataDir, session } = await dataWithSession();
    const app = await startMiniCore(root, dataDir);
    try {
      await call(app, 'outcomes.record', {
        sessionId: session.id,
        itemId: 'deploy_tool_choice',
        changes: { rationale: 'Vastgelegd terwijl de app open is.', notes: 'privé' },
      });
      const out = join(root, 'open.json');
      const result = run(['--data-dir', dataDir, '--session', session.id, '--format', 'json', '--out', out]);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.decisions[0].rationale).toBe('Vastgelegd terwijl de app open is.');
      expect(JSON.stringify(report)).not.toContain('privé');
      const withNotes = join(root, 'notes.json');
      expect(
        run(['--data-dir', dataDir, '--session', session.id, '--format', 'json', '--include-notes', '--out', withNotes])
          .code,
      ).toBe(0);
      expect(JSON.parse(readFileSync(withNotes, 'utf8')).items[0].outcome.notes).toBe('privé');
      // The app goes on saving after the report read the database.
      await call(app, 'outcomes.record', {
        sessionId: session.id,
        itemId: 'deploy_tool_choice',
        changes: { owner: 'Ops' },
      });
    } finally {
      app.close();
    }
  });

  it('says so when there is no Chromium to print with, before doing any work', async () => {
    const { root, dataDir } = await dataWithSession();
    const out = join(root, 'report.pdf');
    const result = run(['--data-dir', dataDir, '--session', 'Kwartaalreview', '--out', out], {
      CHROMIUM_PATH: join(root, 'no-chromium-here'),
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^boardwalk report: No Chromium found to print the PDF: install chromium/);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the output path cannot be written', async () => {
    const { root, dataDir } = await dataWithSession();
    const missing = run([
      '--data-dir',
      dataDir,
      '--session',
      'Kwartaalreview',
      '--format',
      'csv',
      '--out',
      join(root, 'nowhere', 'r.zip'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      `cannot write ${join(root, 'nowhere', 'r.zip')}: ${join(root, 'nowhere')} does not exist`,
    );
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    const underFile = run([
      '--data-dir',
      dataDir,
      '--session',
      'Kwartaalreview',
      '--format',
      'csv',
      '--out',
      join(file, 'r.zip'),
    ]);
    expect(underFile.code).toBe(1);
    expect(underFile.err).toContain('is not a folder');
  });

  it('refuses a data folder without Boardwalk data, and wrong options with exit code 2', async () => {
    const root = temp();
    expect(run(['--data-dir', root, '--session', 'x', '--format', 'json']).err).toContain(
      `no Boardwalk data in ${root}`,
    );
    expect(run(['--data-dir', root, '--session', 'x', '--format', 'docx']).code).toBe(2);
    expect(run(['--data-dir', root]).code).toBe(2);
  });
});
