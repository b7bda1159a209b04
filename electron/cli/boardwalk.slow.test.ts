import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MINI_PACK, RESOURCES_DIR, tempDir } from '../testing/fixtures.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the boardwalk command', () => {
  it('explains itself with --help', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/boardwalk serve/);
    expect(out).toMatch(/boardwalk validate <pack>/);
  });

  it('validates both shipped boards', () => {
    for (const id of ['webshop-migration', 'webshop-layer2']) {
      const { code, out } = run('validate', join(RESOURCES_DIR, 'boards', id));
      expect(code, out).toBe(0);
      expect(out).toContain(`valid board '${id}'`);
    }
  });

  it('fails a broken pack with file:line:column and path', () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const file = join(dir.path, 'broken.yaml');
    writeFileSync(file, readFileSync(join(MINI_PACK, 'board.yaml'), 'utf8').replace('tool_argo_cd]', 'tool_gone]'));
    const { code, out } = run('validate', file);
    expect(code).toBe(1);
    expect(out).toMatch(/^error broken\.yaml:\d+:\d+ \(items\.0\.refs\.1\) There is no node 'tool_gone'\.$/m);
  });

  it('prints the normalized board as JSON', () => {
    const json = JSON.parse(execFileSync(process.execPath, [bin, 'board', MINI_PACK, '--json'], { encoding: 'utf8' }));
    expect(json.meta.id).toBe('fixture-mini');
    expect(json.items[0]).toMatchObject({
      id: 'deploy_tool_choice',
      kind: 'conflict',
      title: { nl: expect.any(String), en: expect.any(String) },
      refs: ['br_no_downtime', 'tool_argo_cd'],
    });
    expect(json.nodes).toHaveLength(3);
    expect(json.edges).toHaveLength(2);
  });

  it('refuses an unknown command with exit code 2', () => {
    expect(run('frobnicate').code).toBe(2);
  });
});
