import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../index.ts';
import { startMiniCore } from '../../testing/miniCore.ts';
import { useTempDirs } from '../../testing/tempDirs.ts';
import { MINI_PACK } from '../../testing/fixtures.ts';
import { loadPack, loadPackFiles, MAX_ALIAS_EXPANSIONS, MAX_PACK_FILES, packFilesFromBytes } from './load.ts';

const dir = useTempDirs();
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

const boardYaml = readFileSync(join(MINI_PACK, 'board.yaml'), 'utf8');

/** Nine lists of nine aliases to the list before: 9^9 strings once expanded, from ten short lines. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let n = 1; n < 10; n++)
    lines.push(
      `a${n}: &a${n} [${Array(9)
        .fill(`*a${n - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + '\n';
}

function zipOf(count: number): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'board.yaml': strToU8(boardYaml) };
  for (let n = 0; n < count; n++) entries[`extra/${n}.yaml`] = strToU8('edges: []\n');
  return zipSync(entries, { level: 0 });
}

describe('board pack limits', () => {
  it('refuses a YAML alias bomb with a located invalid-pack error, not a crash', () => {
    const result = loadPackFiles([{ name: 'bomb.yaml', text: aliasBomb() }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'bomb.yaml', line: 2, column: 10, code: 'too-many-aliases' }),
    ]);
    expect(result.errors[0]!.params).toEqual({ limit: MAX_ALIAS_EXPANSIONS });
    expect(result.errors[0]!.message).toMatch(/YAML aliases \(\*name\) more than 100 times/);
  });

  it('reports an alias without its anchor where the alias is', () => {
    const result = loadPackFiles([
      { name: 'board.yaml', text: boardYaml.replace("credit: 'Boardwalk'", 'credit: *nowhere') },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = boardYaml.split('\n').findIndex((text) => text.includes('credit:')) + 1;
    expect(result.errors[0]).toMatchObject({ file: 'board.yaml', line, code: 'yaml-syntax' });
  });

  it('still reads a pack that uses a few aliases', () => {
    const text = boardYaml.replace(
      "source: { document: 'fixture', section: '1' }",
      "source: &src { document: 'fixture', section: '1' }",
    );
    expect(loadPackFiles([{ name: 'board.yaml', text }]).ok).toBe(true);
  });

  it('refuses a zip of 20,000 entries without unpacking them', () => {
    const files = packFilesFromBytes('many.zip', zipOf(20_000));
    expect(files.length).toBe(MAX_PACK_FILES + 1);
    const result = loadPackFiles(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'too-many-files', params: { limit: MAX_PACK_FILES } }),
    ]);
  });

  it('reads a zip of a few files as before', () => {
    expect(loadPackFiles(packFilesFromBytes('few.zip', zipOf(3))).ok).toBe(true);
  });

  it('refuses a folder of too many YAML files, reading no more than one over the limit', () => {
    const folder = dir();
    writeFileSync(join(folder, 'board.yaml'), boardYaml);
    mkdirSync(join(folder, 'extra'));
    for (let n = 0; n < MAX_PACK_FILES + 20; n++) writeFileSync(join(folder, 'extra', `${n}.yaml`), 'edges: []\n');
    const result = loadPack(folder);
    expect(result.ok ? [] : result.errors.map((problem) => problem.code)).toEqual(['too-many-files']);
  });

  it('refuses files that are together larger than the limit before parsing them', () => {
    const big = `# ${'x'.repeat(1024 * 1024)}\n`;
    const files = Array.from({ length: 40 }, (_, n) => ({ name: `${n}.yaml`, text: big }));
    const result = loadPackFiles(files);
    expect(result.ok ? [] : result.errors.map((problem) => problem.code)).toEqual(['too-large']);
  });
});

describe('importing such a pack through the API', () => {
  it('answers invalid-pack with the located problem for an alias bomb, and stores nothing', async () => {
    const core = await startMiniCore(dir());
    cores.push(core);
    const before = await core.dispatch('boards.list', {});
    const result = await core.dispatch('boards.import', {
      files: [{ name: 'bomb.yaml', base64: Buffer.from(aliasBomb()).toString('base64') }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-pack');
    expect(result.error.details).toEqual([expect.objectContaining({ code: 'too-many-aliases', line: 2 })]);
    expect(await core.dispatch('boards.list', {})).toEqual(before);
  });

  it('answers invalid-pack for a zip of 20,000 entries', async () => {
    const core = await startMiniCore(dir());
    cores.push(core);
    const result = await core.dispatch('boards.import', {
      files: [{ name: 'many.zip', base64: Buffer.from(zipOf(20_000)).toString('base64') }],
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-pack');
    if (result.ok) return;
    expect(result.error.details).toEqual([expect.objectContaining({ code: 'too-many-files' })]);
  });
});
