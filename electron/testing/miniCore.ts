import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.ts';
import { createCore, type Core } from '../core/index.ts';
import { afterEach, beforeEach } from 'vitest';
import { MINI_PACK, tempDir } from './fixtures.ts';

/** A resources folder holding only the mini pack, so core tests do not depend on the shipped content. */
export function miniResources(root: string): string {
  const resources = join(root, 'resources');
  mkdirSync(join(resources, 'boards'), { recursive: true });
  cpSync(MINI_PACK, join(resources, 'boards', 'mini'), { recursive: true });
  return resources;
}

export async function startMiniCore(root: string, dataDir = join(root, 'data')): Promise<Core> {
  return createCore({
    dataDir,
    resourcesDir: miniResources(root),
    renderPdf: async (html) => new TextEncoder().encode(`PDF:${html}`),
    log: () => {},
  });
}

/** Calls the API as a shell would and unwraps the result; a failed call throws with its code. */
export async function call<M extends ApiMethod>(core: Core, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), result.error);
  return result.value as ApiOutput<M>;
}

export async function failure(core: Core, method: ApiMethod, input: unknown): Promise<string> {
  const result = await core.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was expected to fail`);
  return result.error.code;
}

export interface MiniCoreFixture {
  /** The core of the running test. */
  readonly core: Core;
  /** The test's own folder (data folder and resources below it). */
  readonly root: string;
  /** Closes the core and starts a new one on the same data folder, as a restart of the app does. */
  restart(): Promise<void>;
}

/** A fresh mini core per test in a folder of its own, closed and removed after it. */
export function useMiniCore(): MiniCoreFixture {
  let dir: ReturnType<typeof tempDir> | undefined;
  let core: Core | undefined;
  beforeEach(async () => {
    dir = tempDir();
    core = await startMiniCore(dir.path);
  });
  afterEach(() => {
    core?.close();
    dir?.remove();
  });
  const running = () => {
    if (!core || !dir) throw new Error('useMiniCore: the core runs only inside a test');
    return { core, dir };
  };
  return {
    get core() {
      return running().core;
    },
    get root() {
      return running().dir.path;
    },
    async restart() {
      const { core: old, dir: own } = running();
      old.close();
      core = await startMiniCore(own.path);
    },
  };
}

/** The usual session on the mini board: facilitated by Anouk with Bram and Chris, in Dutch. */
export function newMiniSession(core: Core, title = 'Q3 review') {
  return call(core, 'sessions.create', {
    boardId: 'fixture-mini',
    title,
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram', 'Chris'],
    language: 'nl',
  });
}
