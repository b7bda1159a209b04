import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors.ts';
import { zipSync } from 'fflate';
import { createCore, type Core } from './index.ts';
import { MAX_UNPACKED_BYTES } from './packs/load.ts';
import { tempDir, RESOURCES_DIR } from '../testing/fixtures.ts';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI_PACK } from '../testing/fixtures.ts';

let core: Core;
let dir: ReturnType<typeof tempDir>;
const printed: string[] = [];

/** A resources folder holding only the mini pack, so these tests do not depend on the shipped content. */
function miniResources(root: string): string {
  const resources = join(root, 'resources');
  mkdirSync(join(resources, 'boards'), { recursive: true });
  cpSync(MINI_PACK, join(resources, 'boards', 'mini'), { recursive: true });
  return resources;
}

async function start(): Promise<Core> {
  return createCore({
    dataDir: join(dir.path, 'data'),
    resourcesDir: miniResources(dir.path),
    renderPdf: async (html) => new TextEncoder().encode(`PDF:${html}`),
    log: (line) => printed.push(line),
  });
}

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  dir = tempDir();
  core = await start();
});
afterEach(() => {
  core.close();
  dir.remove();
});

async function newSession() {
  return value<{ id: string; boardHash: string }>(
    await core.dispatch('sessions.create', {
      boardId: 'fixture-mini',
      title: 'Q4',
      date: '2026-11-23',
      facilitator: 'Anouk',
      language: 'nl',
    }),
  );
}

describe('the core API', () => {
  it('lists the shipped boards and returns one by id', async () => {
    const boards = value<{ meta: { id: string }; itemCount: number }[]>(await core.dispatch('boards.list', {}));
    expect(boards.map((board) => board.meta.id)).toEqual(['fixture-mini']);
    expect(boards[0]!.itemCount).toBe(1);
    const board = value<{ board: { nodes: unknown[] } }>(
      await core.dispatch('boards.get', { boardId: 'fixture-mini' }),
    );
    expect(board.board.nodes).toHaveLength(3);
  });

  it('records an outcome and its audit event together, and keeps them across a restart', async () => {
    const session = await newSession();
    const recorded = await core.dispatch('outcomes.record', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      changes: { status: 'decided', chosenOption: 'argo_cd', rationale: 'Known by the team' },
      actor: 'Anouk',
    });
    expect(recorded.ok).toBe(true);
    core.close();
    core = await start();
    const outcomes = value<{ itemId: string; status: string; rationale: string }[]>(
      await core.dispatch('outcomes.list', { sessionId: session.id }),
    );
    expect(outcomes).toEqual([
      expect.objectContaining({ itemId: 'deploy_tool_choice', status: 'decided', rationale: 'Known by the team' }),
    ]);
    const sessions = value<{ id: string }[]>(await core.dispatch('sessions.list', {}));
    expect(sessions.map((s) => s.id)).toEqual([session.id]);
  });

  it('merges later changes into the outcome rather than replacing it', async () => {
    const session = await newSession();
    await core.dispatch('outcomes.record', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      changes: { rationale: 'why' },
    });
    await core.dispatch('outcomes.record', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      changes: { owner: 'Ops' },
    });
    const [outcome] = value<{ rationale: string; owner: string }[]>(
      await core.dispatch('outcomes.list', { sessionId: session.id }),
    );
    expect(outcome).toMatchObject({ rationale: 'why', owner: 'Ops' });
  });

  it('answers bad input with typed errors and stores nothing', async () => {
    const session = await newSession();
    const cases: [string, unknown, string][] = [
      [
        'outcomes.record',
        { sessionId: session.id, itemId: 'deploy_tool_choice', changes: { status: 'maybe' } },
        'bad-request',
      ],
      [
        'outcomes.record',
        { sessionId: session.id, itemId: 'no_such_item', changes: { status: 'decided' } },
        'not-found',
      ],
      [
        'outcomes.record',
        { sessionId: session.id, itemId: 'deploy_tool_choice', changes: { chosenOption: 'nope' } },
        'bad-request',
      ],
      ['outcomes.record', { sessionId: session.id, itemId: 'deploy_tool_choice', changes: {} }, 'bad-request'],
      [
        'sessions.create',
        { boardId: 'nope', title: 'x', date: '2026-11-23', facilitator: 'A', language: 'nl' },
        'not-found',
      ],
      ['sessions.create', { boardId: 'fixture-mini', title: 'x', date: '23-11-2026', language: 'nl' }, 'bad-request'],
      ['boards.get', { boardId: 'nope' }, 'not-found'],
      ['no.such.method', {}, 'unknown-method'],
    ];
    for (const [method, input, code] of cases) {
      const result = await core.dispatch(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).not.toMatch(/\.ts:\d+/);
      }
    }
    expect(value<unknown[]>(await core.dispatch('outcomes.list', { sessionId: session.id }))).toEqual([]);
    expect(value<unknown[]>(await core.dispatch('sessions.list', {}))).toHaveLength(1);
  });

  it('exports a report in the chosen language with the recorded outcome, escaped', async () => {
    const session = await newSession();
    await core.dispatch('outcomes.record', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      changes: { status: 'decided', rationale: '<img src=x onerror=alert(1)>' },
    });
    const exported = value<{ fileName: string; base64: string }>(
      await core.dispatch('reports.export', { sessionId: session.id, language: 'nl', format: 'html' }),
    );
    // Soft hyphens (where a printed word may break) taken out, to read the words as written.
    const htmlText = Buffer.from(exported.base64, 'base64').toString('utf8').replaceAll('\u00ad', '');
    expect(exported.fileName).toBe('2026-11-23-q4-nl.html');
    expect(htmlText).toContain('Besluitenverslag');
    expect(htmlText).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlText).not.toContain('<img');
    const pdf = value<{ mimeType: string; base64: string }>(
      await core.dispatch('reports.export', { sessionId: session.id, language: 'en' }),
    );
    expect(pdf.mimeType).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').toString('utf8')).toContain('Decision report');
  });

  it('stores the shipped boards once, however often the app starts', async () => {
    core.close();
    core = await start();
    const boards = value<unknown[]>(await core.dispatch('boards.list', {}));
    expect(boards).toHaveLength(1);
    expect(printed).toEqual([]);
  });

  it('starts with the real resources folder and its shipped boards', async () => {
    core.close();
    core = await createCore({
      dataDir: join(dir.path, 'real'),
      resourcesDir: RESOURCES_DIR,
      renderPdf: async () => new Uint8Array(),
      log: (line) => printed.push(line),
    });
    const boards = value<{ meta: { id: string } }[]>(await core.dispatch('boards.list', {}));
    expect(boards.map((board) => board.meta.id)).toContain('webshop-migration');
  });
});

describe('importing a board pack', () => {
  const miniYaml = readFileSync(join(MINI_PACK, 'board.yaml'), 'utf8');
  const upload = (name: string, text: string) => ({ files: [{ name, base64: Buffer.from(text).toString('base64') }] });

  it('stores a changed version beside the old one, which its sessions keep showing', async () => {
    const session = await newSession();
    const changed = miniYaml
      .replace("version: '1.0.0'", "version: '1.1.0'")
      .replace('Practice board', 'Practice board v2');
    const imported = value<{ stored: boolean; board: { hash: string; meta: { version: string } } }>(
      await core.dispatch('boards.import', upload('mini.yaml', changed)),
    );
    expect(imported.stored).toBe(true);
    expect(imported.board.meta.version).toBe('1.1.0');
    const newest = value<{ hash: string; board: { meta: { version: string } } }>(
      await core.dispatch('boards.get', { boardId: 'fixture-mini' }),
    );
    expect(newest.hash).toBe(imported.board.hash);
    const old = value<{ board: { meta: { version: string } } }>(
      await core.dispatch('boards.get', { boardId: 'fixture-mini', hash: session.boardHash }),
    );
    expect(old.board.meta.version).toBe('1.0.0');
    const again = value<{ stored: boolean }>(await core.dispatch('boards.import', upload('mini.yaml', changed)));
    expect(again.stored).toBe(false);
  });

  it('refuses a broken pack with located errors and stores nothing', async () => {
    const before = value<{ hash: string }[]>(await core.dispatch('boards.list', {}));
    const broken = miniYaml
      .replace('id: fixture-mini', 'id: other-board')
      .replace('type: tool-choice', 'type: spaceship');
    const result = await core.dispatch('boards.import', upload('broken.yaml', broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-pack');
    expect(result.error.details).toEqual([
      expect.objectContaining({
        file: 'broken.yaml',
        path: 'nodes.2.type',
        code: 'invalid-value',
        line: expect.any(Number),
      }),
    ]);
    const after = value<{ hash: string }[]>(await core.dispatch('boards.list', {}));
    expect(after).toEqual(before);
  });

  it('refuses a zip that would unpack to more than a pack should hold, saying so', async () => {
    const bomb = zipSync({ 'board.yaml': new Uint8Array(MAX_UNPACKED_BYTES + 1).fill(32) }, { level: 9 });
    const result = await core.dispatch('boards.import', {
      files: [{ name: 'big.zip', base64: Buffer.from(bomb).toString('base64') }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.details).toEqual([expect.objectContaining({ code: 'too-large', params: { limit: 32 } })]);
  });

  it('refuses a file that is not a zip although it says so', async () => {
    const result = await core.dispatch('boards.import', upload('pack.zip', 'not a zip'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-pack');
  });
});
