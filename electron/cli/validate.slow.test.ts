import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/tempDirs.ts';
import { MINI_PACK, RESOURCES_DIR } from '../testing/fixtures.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');
const dir = useTempDirs();

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const boardYaml = readFileSync(join(MINI_PACK, 'board.yaml'), 'utf8');

function packWith(text: string): string {
  const folder = join(dir(), 'pack');
  mkdirSync(folder);
  writeFileSync(join(folder, 'board.yaml'), text);
  return folder;
}

describe('boardwalk validate', () => {
  it('prints escape sequences and bidi controls from a pack as visible escapes', () => {
    const hostile = boardYaml.replace("licence: 'MIT'", 'licence: \'MIT\'\n  "\\e[2J\\e]0;pwned\\a\\u202eevil": 1');
    const { code, out } = run('validate', packWith(hostile));
    expect(code).toBe(1);
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\u001b[2J\\u001b]0;pwned\\u0007\\u202eevil');
  });

  it('escapes them in warnings it lists and in the board as JSON', () => {
    const noted = boardYaml.replace(
      "source: { document: 'fixture', section: '1' }",
      'source: { document: \'fixture\', section: \'1\' }\n    sourceNotes: [{ nl: "Noot", en: "Note \\e[31mred\\u009b and \\u202eflipped" }]',
    );
    const pack = packWith(noted);
    const listed = run('validate', pack, '--warnings');
    expect(listed.code, listed.out + listed.err).toBe(0);
    expect(listed.out).toContain('Note \\u001b[31mred\\u009b and \\u202eflipped');
    expect(listed.out).not.toMatch(RAW_CONTROL);
    const json = run('board', pack, '--json');
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.stringify(JSON.parse(json.out))).toContain('\\u001b[31mred');
  });

  it('says in one line that a path does not exist', () => {
    const missing = join(dir(), 'no-such-pack');
    const { code, out, err } = run('validate', missing);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`boardwalk validate: cannot read ${missing}: no such file or folder\n`);
  });

  it('counts warnings in its one line, and lists them only with --warnings', () => {
    const pack = join(RESOURCES_DIR, 'boards', 'webshop-migration');
    const counted = run('validate', pack);
    expect(counted.code).toBe(0);
    expect(counted.out.trim().split('\n')).toHaveLength(1);
    const count = Number(/(\d+) warning\(s\) \(list them with --warnings\)$/.exec(counted.out.trim())?.[1]);
    expect(count).toBeGreaterThan(0);
    const listed = run('validate', pack, '--warnings');
    expect(
      listed.out
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('warning ')),
    ).toHaveLength(count);
  });

  it('answers an unknown option with one line and exit code 2', () => {
    const { code, err } = run('validate', MINI_PACK, '--frobnicate');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
