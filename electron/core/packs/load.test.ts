import { readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MINI_PACK, tempDir } from '../../testing/fixtures.ts';
import { loadPack, loadPackFiles, MAX_UNPACKED_BYTES, packFilesFromBytes } from './load.ts';

const miniText = readFileSync(join(MINI_PACK, 'board.yaml'), 'utf8');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

/** Replaces text in the fixture, failing loudly if the fixture no longer contains it. */
function mutate(from: string, to: string): string {
  if (!miniText.includes(from)) throw new Error(`fixture no longer contains: ${from}`);
  return miniText.replace(from, to);
}

function loadText(text: string) {
  return loadPackFiles([{ name: 'board.yaml', text }]);
}

describe('loading a board pack', () => {
  it('loads a valid folder into a normalized board with a stable content hash', () => {
    const first = loadPack(MINI_PACK);
    const second = loadPack(MINI_PACK);
    expect(first.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.board.meta.id).toBe('fixture-mini');
    expect(first.board.nodes.map((node) => node.id)).toEqual(['br_no_downtime', 'tr_rolling_updates', 'tool_argo_cd']);
    expect(first.board.edges[0]!.kind).toBe('leads-to');
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.hash).toBe(first.hash);
  });

  it('gives a new hash when the content changes', () => {
    const original = loadText(miniText);
    const changed = loadText(mutate('Practice board', 'Practice board 2'));
    expect(original.ok && changed.ok).toBe(true);
    if (original.ok && changed.ok) expect(changed.hash).not.toBe(original.hash);
  });

  it('reports a YAML syntax error with file, line and column', () => {
    const result = loadText('board:\n  id: x\n  title: [unclosed\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'board.yaml', code: 'yaml-syntax' });
    expect(result.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  const wrongTypes = [
    { from: "credit: 'Boardwalk'", to: 'credit: 42', path: 'board.credit', expected: 'string' },
    { from: 'recommended: true', to: 'recommended: "yes"', path: 'items.0.options.0.recommended', expected: 'boolean' },
  ];
  for (const wrong of wrongTypes) {
    it(`names a wrong type as such, with the type expected (${wrong.to})`, () => {
      const broken = mutate(wrong.from, wrong.to);
      const result = loadText(broken);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const line = broken.split('\n').findIndex((text) => text.includes(wrong.to)) + 1;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({
        path: wrong.path,
        line,
        code: 'invalid-type',
        params: { expected: wrong.expected },
      });
      expect(result.errors[0]!.message).toBe(`Expected ${wrong.expected} here.`);
    });
  }

  it('still names a field that is really missing as missing', () => {
    const result = loadText(mutate("  credit: 'Boardwalk'\n", ''));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'board.credit', code: 'required' });
  });

  it('points a schema error at the offending line, column and path', () => {
    const broken = mutate('type: tool-choice', 'type: tool-chioce');
    const result = loadText(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors[0]!;
    const line = broken.split('\n').findIndex((text) => text.includes('tool-chioce')) + 1;
    expect(error).toMatchObject({ file: 'board.yaml', line, path: 'nodes.2.type', code: 'invalid-value' });
    expect(error.column).toBe(11);
    expect(error.message).toContain('tool-choice');
  });

  it('refuses a reference to a node that does not exist, at the line of the reference', () => {
    const broken = mutate('refs: [br_no_downtime, tool_argo_cd]', 'refs: [br_no_downtime, tool_flux]');
    const result = loadText(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      code: 'unknown-node',
      path: 'items.0.refs.1',
      params: { id: 'tool_flux' },
    });
    expect(result.errors[0]!.line).toBe(broken.split('\n').findIndex((text) => text.includes('tool_flux')) + 1);
  });

  it('maps errors in a multi-file pack back to the file they are in', () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    cpSync(MINI_PACK, dir.path, { recursive: true });
    writeFileSync(
      join(dir.path, 'extra.yaml'),
      'items:\n  - id: lonely\n    kind: assumption\n    title: { nl: "Alleen", en: "Alone" }\n    refs: [nowhere]\n    source: { document: "x", section: "1" }\n',
    );
    const result = loadPack(dir.path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      file: 'extra.yaml',
      line: 5,
      path: 'items.0.refs.0',
      code: 'unknown-node',
    });
  });

  it('warns, without failing, about an item that refers to nothing', () => {
    const result = loadText(mutate('refs: [br_no_downtime, tool_argo_cd]', 'refs: []'));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['item-without-refs']);
  });

  it('refuses text that lacks one of the two languages', () => {
    const result = loadText(mutate("title: { nl: 'Oefenbord', en: 'Practice board' }", "title: { nl: 'Oefenbord' }"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'board.title.en', code: 'required' });
  });

  it('locates a note on the board as a whole in the file that holds the board section', () => {
    const noted = mutate(
      "  licence: 'MIT'\n",
      "  licence: 'MIT'\n  sourceNotes:\n    - { nl: 'Bronnen verschillen', en: 'Sources differ' }\n",
    );
    const result = loadPackFiles([
      { name: 'a-items.yaml', text: 'items: []\n' },
      { name: 'board.yaml', text: noted },
    ]);
    expect(result.ok).toBe(true);
    const line = noted.split('\n').findIndex((text) => text.includes('Sources differ')) + 1;
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'board.yaml', line, path: 'board.sourceNotes.0', code: 'board-source-note' }),
    ]);
    expect(result.warnings[0]!.message).toBe('Board: Sources differ');
  });

  it('reads a pack from a zip of YAML files', () => {
    const zip = zipSync({ 'pack/board.yaml': strToU8(miniText), 'pack/readme.txt': strToU8('ignored') });
    const files = packFilesFromBytes('mini.zip', zip);
    expect(files.map((file) => file.name)).toEqual(['pack/board.yaml']);
    expect(loadPackFiles(files).ok).toBe(true);
  });

  it('refuses a zip that would unpack to more than any board pack holds, before unpacking it', () => {
    const huge = new Uint8Array(MAX_UNPACKED_BYTES + 1).fill(32);
    const zip = zipSync({ 'board.yaml': huge }, { level: 9 });
    expect(zip.length).toBeLessThan(200_000);
    expect(() => packFilesFromBytes('bomb.zip', zip)).toThrow(/unpacks to more than 32 MB/);
  });

  it('reads a pack from a single YAML file', () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    mkdirSync(join(dir.path, 'one'));
    const file = join(dir.path, 'one', 'pack.yaml');
    writeFileSync(file, miniText);
    expect(loadPack(file).ok).toBe(true);
  });
});
