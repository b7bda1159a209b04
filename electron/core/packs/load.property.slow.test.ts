import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { RESOURCES_DIR } from '../../testing/fixtures.ts';
import { loadPackFiles, readPackFiles, type PackSourceFile } from './load.ts';
import { join } from 'node:path';

const pack = readPackFiles(join(RESOURCES_DIR, 'boards', 'webshop-migration'));
const packData = pack.map((file) => parse(file.text) as Json);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a parsed file, so a mutation can aim anywhere. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((entry, index) => paths(entry, [...prefix, index]))];
  if (value && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([key, entry]) => paths(entry, [...prefix, key]))];
  return [prefix];
}

function setAt(root: Json, path: (string | number)[], replace: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return replace(root) ?? null;
  const [head, ...rest] = path;
  const container = root as Record<string | number, Json>;
  const next = setAt(container[head!]!, rest, replace);
  if (rest.length === 0 && next === null && replace(container[head!]!) === undefined) {
    if (Array.isArray(container)) container.splice(head as number, 1);
    else delete container[head!];
  } else container[head!] = next;
  return root;
}

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string(),
  fc.constantFrom('', '<script>alert(1)</script>', 'tool_argo_cd', 'conflict', '{ nl: x }', '\u0000', 'é'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

type Mutation =
  | { kind: 'data'; file: number; pick: number; action: 'delete' | 'replace' | 'duplicate'; value: Json }
  | {
      kind: 'text';
      file: number;
      pick: number;
      action: 'delete-line' | 'insert' | 'truncate' | 'indent';
      text: string;
    };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('data' as const),
    file: fc.nat(pack.length - 1),
    pick: fc.nat(),
    action: fc.constantFrom('delete' as const, 'replace' as const, 'duplicate' as const),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('text' as const),
    file: fc.nat(pack.length - 1),
    pick: fc.nat(),
    action: fc.constantFrom('delete-line' as const, 'insert' as const, 'truncate' as const, 'indent' as const),
    text: fc.string({ maxLength: 12 }),
  }),
);

function applyData(change: Extract<Mutation, { kind: 'data' }>): string {
  const data = structuredClone(packData[change.file]!);
  const all = paths(data).filter((path) => path.length > 0);
  const path = all[change.pick % all.length]!;
  const mutated = setAt(data, path, (old) => {
    if (change.action === 'delete') return undefined;
    if (change.action === 'duplicate') return Array.isArray(old) ? [...old, ...old.slice(0, 1)] : old;
    return change.value;
  });
  return stringify(mutated);
}

function applyText(text: string, change: Extract<Mutation, { kind: 'text' }>): string {
  const lines = text.split('\n');
  const at = change.pick % lines.length;
  if (change.action === 'delete-line') lines.splice(at, 1);
  if (change.action === 'insert') lines.splice(at, 0, change.text);
  if (change.action === 'indent') lines[at] = ` ${lines[at]}`;
  if (change.action === 'truncate') return lines.slice(0, at).join('\n');
  return lines.join('\n');
}

function mutatePack(change: Mutation): PackSourceFile[] {
  return pack.map((file, index) => {
    if (index !== change.file) return file;
    const text = change.kind === 'data' ? applyData(change) : applyText(file.text, change);
    return { name: file.name, text };
  });
}

describe('validating a damaged board pack', () => {
  it('answers every one of a thousand mutations with a valid board or located, readable errors', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const files = mutatePack(change);
        const result = loadPackFiles(files);
        if (result.ok) {
          expect(result.board.meta.id).toBe('webshop-migration');
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(files.map((file) => file.name)).toContain(error.file);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
          expect(error.message.length).toBeGreaterThan(3);
          expect(error.message).not.toMatch(/^[a-z-]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  }, 240_000);
});
