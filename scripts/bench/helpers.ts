/** What several bench modules need: a core on a fresh data folder, a host on loopback, a target item. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, httpTransport } from '../../shared/api/client.ts';
import type { BoardwalkApi } from '../../shared/api/contract.ts';
import { OUTCOME_STATUSES } from '../../shared/session/schema.ts';
import { createCore, type Core } from '../../electron/core/index.ts';
import { createPageSessions } from '../../electron/host/pageSessions.ts';
import { createHostServer } from '../../electron/host/server.ts';

export const RESOURCES_DIR = join(import.meta.dirname, '..', '..', 'resources');

export interface Target {
  boardId: string;
  itemId: string;
  options: string[];
}

/** The API in-process, typed by the contract, as the command line calls it; a failed call throws. */
export function apiOf(core: Core): BoardwalkApi {
  return createApiClient(core.dispatch);
}

/** The API over HTTP with the host's token, as the app's page calls it. */
export function hostApiOf(host: Pick<RunningHost, 'url' | 'token'>): BoardwalkApi {
  return createApiClient(httpTransport({ origin: host.url, token: host.token, fetch }));
}

/** Runs `work` with a core on a fresh data folder under the system temp folder, removed afterwards. */
export async function withCore<T>(work: (core: Core, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-'));
  let core: Core | undefined;
  try {
    core = await createCore({
      dataDir,
      resourcesDir: RESOURCES_DIR,
      renderPdf: async () => {
        throw new Error('The bench renders no PDF');
      },
      log: (line) => console.error(line),
    });
    return await work(core, dataDir);
  } finally {
    core?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface RunningHost {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  token: string;
  /** The app's address with a fresh one-time code, as the host prints it. */
  pageUrl(): string;
  close(): Promise<void>;
}

/** The browser host's HTTP server on an ephemeral loopback port, serving the built renderer in `rendererDir` if given. */
export async function startHost(core: Core, dataDir: string, rendererDir?: string): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const sessions = createPageSessions();
  const server = createHostServer({
    dispatch: core.dispatch,
    token,
    sessions,
    rendererDir: rendererDir ?? join(dataDir, 'no-renderer'),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    token,
    pageUrl: () => `${url}/#code=${sessions.newCode()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An item of a shipped board to record on; one with options, so the chosen option can vary too. */
export async function pickTarget(core: Core): Promise<Target> {
  const boards = await apiOf(core)['boards.list']({});
  for (const { meta } of boards) {
    const version = await apiOf(core)['boards.get']({ boardId: meta.id });
    const item = version.board.items.find((candidate) => (candidate.options ?? []).length >= 2);
    if (item) return { boardId: meta.id, itemId: item.id, options: item.options!.map((option) => option.id) };
  }
  throw new Error('No shipped board has an item with options to record on');
}

export async function newSession(core: Core, boardId: string, title: string): Promise<string> {
  const session = await apiOf(core)['sessions.create']({
    boardId,
    title,
    date: '2026-09-30',
    facilitator: 'bench',
    language: 'en',
  });
  return session.id;
}

/** Record n: every call changes the outcome (status, option and rationale all differ from the last). */
export function recordInput(sessionId: string, target: Target, n: number, actor = 'bench') {
  return {
    sessionId,
    itemId: target.itemId,
    changes: {
      status: OUTCOME_STATUSES[n % OUTCOME_STATUSES.length],
      chosenOption: target.options[n % target.options.length],
      rationale: `bench write ${n}`,
    },
    actor,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median of unsorted values. */
export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
