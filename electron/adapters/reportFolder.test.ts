import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ApiInput, ApiOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { tempDir } from '../testing/fixtures.ts';
import { call, newMiniSession, useMiniCore } from '../testing/miniCore.ts';
import { writeExportIntoFolder, writeZipIntoFolder } from './reportFolder.ts';

const mini = useMiniCore();

/** Exports as the desktop shell does, then writes what came back into the folder. */
async function exportReportIntoFolder(input: ApiInput<'reports.export'>, folder: string) {
  const exported = await mini.core.dispatch('reports.export', input);
  return writeExportIntoFolder(exported as ApiResult<ApiOutput<'reports.export'>>, folder);
}

async function decidedSession() {
  const session = await newMiniSession(mini.core);
  await call(mini.core, 'outcomes.record', {
    sessionId: session.id,
    itemId: 'deploy_tool_choice',
    changes: { status: 'decided', chosenOption: 'argo_cd', rationale: 'The team knows it' },
  });
  return session;
}

describe('writing an export into a folder', () => {
  it('writes the decision records and their index as files of their own', async () => {
    const session = await decidedSession();
    const folder = join(mini.root, 'adr');
    const result = await exportReportIntoFolder({ sessionId: session.id, format: 'md', language: 'en' }, folder);
    expect(result.ok).toBe(true);
    const names = readdirSync(folder, { recursive: true }).map(String).sort();
    expect(names.some((name) => name.endsWith('.md') && /index|readme/i.test(name))).toBe(true);
    const record = names.find((name) => /deploy/.test(name));
    expect(record).toBeDefined();
    expect(readFileSync(join(folder, record!), 'utf8')).toContain('The team knows it');
    expect(result.ok && result.value.files.length).toBe(names.filter((name) => name.endsWith('.md')).length);
  });

  it('writes a format of one file as that file', async () => {
    const session = await decidedSession();
    const result = await exportReportIntoFolder({ sessionId: session.id, format: 'json', language: 'nl' }, mini.root);
    expect(result.ok).toBe(true);
    const [path] = result.ok ? result.value.files : [];
    const written = readFileSync(path!, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ format: 'boardwalk-report' });
    expect(written).toContain(session.id);
  });

  it('passes on what the export refuses, and names the folder it cannot write into', async () => {
    expect(
      await exportReportIntoFolder({ sessionId: 'nope', format: 'md' } as ApiInput<'reports.export'>, mini.root),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const session = await decidedSession();
    const notAFolder = join(mini.root, 'a-file');
    writeFileSync(notAFolder, 'in the way');
    const result = await exportReportIntoFolder({ sessionId: session.id, format: 'md', language: 'en' }, notAFolder);
    expect(result).toMatchObject({ ok: false, error: { details: { path: notAFolder } } });
    expect(!result.ok && result.error.message).toContain(notAFolder);
  });

  it('refuses a zip that names a file outside the folder, before writing anything', () => {
    const dir = tempDir();
    try {
      for (const bad of ['../escaped.md', '/etc/escaped.md', 'a/../../escaped.md', 'c:/escaped.md', 'a\\..\\x.md']) {
        const zip = zipSync({ 'index.md': strToU8('# Index'), [bad]: strToU8('no') });
        expect(() => writeZipIntoFolder(join(dir.path, 'out'), zip)).toThrow(/outside the folder/);
        expect(existsSync(join(dir.path, 'out'))).toBe(false);
      }
    } finally {
      dir.remove();
    }
  });
});
