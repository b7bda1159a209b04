import { ESLint } from 'eslint';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Lints a probe file as if it stood at `path`, and returns the rules it broke. */
async function brokenRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** Each wall: probes that must be refused where they stand, and imports allowed where they belong. */
const walls: { wall: string; refused: [string, string][]; allowed: [string, string][] }[] = [
  {
    wall: 'shared/ imports no Node module, whatever its name, and nothing of the rest',
    refused: [
      ['shared/probe.ts', "import { readFileSync } from 'node:fs';"],
      ['shared/probe.ts', "import { Worker } from 'worker_threads';"],
      ['shared/probe.ts', "import { createGzip } from 'zlib';"],
      ['shared/board/probe.ts', "import { resolve } from 'path/posix';"],
      ['shared/probe.ts', "import { app } from 'electron';"],
      ['shared/probe.ts', "import { createRoot } from 'react-dom/client';"],
      ['shared/probe.ts', "import { createCore } from '../electron/core/index.ts';"],
      ['shared/api/probe.ts', "import { useSession } from '../../renderer/src/stores/index.ts';"],
      ['shared/probe.ts', "import { syntheticBoard } from '../scripts/synthetic/board.ts';"],
    ],
    allowed: [
      ['shared/probe.ts', "import { z } from 'zod';"],
      ['shared/probe.test.ts', "import { readFileSync } from 'node:fs';"],
    ],
  },
  {
    wall: 'renderer/ imports no Node module and nothing of the back end',
    refused: [
      ['renderer/src/probe.ts', "import { Readable } from 'stream';"],
      ['renderer/src/stores/probe.ts', "import { hostname } from 'node:os';"],
      ['renderer/src/stores/probe.ts', "import { createCore } from '../../../electron/core/index.ts';"],
      ['renderer/src/stores/probe.ts', "import { dispatchFor } from '../../../electron/core/dispatch.ts';"],
      ['renderer/src/graph/probe.ts', "import { startServe } from '../../../electron/testing/serveProcess.ts';"],
      ['renderer/src/stores/probe.ts', "import { apiClient } from '../../../shared/api/client.ts';"],
      ['renderer/src/components/Probe.tsx', 'const api = await fetch("/api/boards.list");'],
      ['renderer/src/stores/probe.ts', 'const live = new EventSource("/live");'],
    ],
    allowed: [
      ['renderer/src/stores/probe.ts', "import { create } from 'zustand';"],
      ['renderer/src/api/probe.ts', "import { apiClient } from '../../../shared/api/client.ts';"],
    ],
  },
  {
    wall: 'components change state through store actions, never the API client',
    refused: [
      ['renderer/src/components/Probe.tsx', "import { createBrowserApi } from '../api/client.ts';"],
      ['renderer/src/graph/probe.ts', "import { createBrowserApi } from '../api/client.ts';"],
      ['renderer/src/probe.ts', "import { createBrowserApi } from './api/client.ts';"],
    ],
    allowed: [['renderer/src/stores/probe.ts', "import { createBrowserApi } from '../api/client.ts';"]],
  },
  {
    wall: 'renderer parts take test support only in tests',
    refused: [
      ['renderer/src/stores/probe.ts', "import { syntheticBoard } from '../../../scripts/synthetic/board.ts';"],
      ['renderer/src/components/Probe.tsx', "import { describe } from 'vitest';"],
      ['renderer/src/api/probe.ts', "import { expect } from '@playwright/test';"],
    ],
    allowed: [
      ['renderer/src/graph/probe.test.ts', "import { syntheticBoard } from '../../../scripts/synthetic/board.ts';"],
    ],
  },
  {
    wall: 'the Electron-free core imports neither shell nor their adapters',
    refused: [
      ['electron/core/probe.ts', "import { createHostServer } from '../host/server.ts';"],
      ['electron/core/services/probe.ts', "import { serveCommand } from '../../host/serve.ts';"],
      ['electron/core/probe.ts', "import { reportCommand } from '../cli/report.ts';"],
      ['electron/core/probe.ts', "import { renderPdfInElectron } from '../main/printToPdf.ts';"],
      ['electron/core/probe.ts', "import '../preload/index.ts';"],
      ['electron/core/reports/probe.ts', "import { createChromiumPrinter } from '../../adapters/chromiumPrinter.ts';"],
      ['electron/core/probe.ts', "import { syntheticBoard } from '../../scripts/synthetic/board.ts';"],
    ],
    allowed: [['electron/core/probe.ts', "import { errorBody } from './errors.ts';"]],
  },
  {
    wall: 'no shell imports another',
    refused: [
      ['electron/cli/probe.ts', "import { createHostServer } from '../host/server.ts';"],
      ['electron/cli/probe.ts', "import { defaultDataDir } from '../host/serve.ts';"],
      ['electron/host/probe.ts', "import { reportCommand } from '../cli/report.ts';"],
      ['electron/main/probe.ts', "import { createHostServer } from '../host/server.ts';"],
      ['electron/main/probe.ts', "import { validateCommand } from '../cli/validate.ts';"],
      ['electron/host/probe.ts', "import { PRINT_OPTIONS } from '../main/printToPdf.ts';"],
      ['electron/preload/probe.ts', "import { wireIpc } from '../main/ipc.ts';"],
      ['electron/main/probe.ts', "import '../preload/index.ts';"],
    ],
    allowed: [
      ['electron/cli/probe.ts', "import { createChromiumPrinter } from '../adapters/chromiumPrinter.ts';"],
      ['electron/host/probe.ts', "import { rendererPathFor } from '../adapters/rendererFiles.ts';"],
      ['electron/main/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../adapters/csp.ts';"],
    ],
  },
  {
    wall: 'the shared adapters import no shell and only the core entry',
    refused: [
      ['electron/adapters/probe.ts', "import { createHostServer } from '../host/server.ts';"],
      ['electron/adapters/probe.ts', "import { app } from 'electron';"],
      ['electron/adapters/probe.ts', "import { createDispatch } from '../core/dispatch.ts';"],
      ['electron/adapters/probe.ts', "import { menu } from '../main/menu.ts';"],
    ],
    allowed: [['electron/adapters/probe.ts', "import { ServiceError } from '../core/index.ts';"]],
  },
  {
    wall: 'within the core, reports reach neither the database nor the dispatcher',
    refused: [
      ['electron/core/reports/probe.ts', "import { openStore } from '../db/index.ts';"],
      ['electron/core/reports/probe.ts', "import { eventRepository } from '../db/events.ts';"],
      ['electron/core/reports/probe.ts', "import { createDispatch, type Dispatch } from '../dispatch.ts';"],
      ['electron/core/reports/probe.ts', "import type { Dispatch } from '../index.ts';"],
      ['electron/core/reports/probe.ts', "import { sessionService } from '../services/sessions.ts';"],
    ],
    allowed: [['electron/core/reports/probe.ts', "import { translator } from '../translator.ts';"]],
  },
  {
    wall: 'the shells and the command line reach the core only through its public entry',
    refused: [
      ['electron/main/probe.ts', "import { sessionService } from '../core/services/sessions.ts';"],
      ['electron/main/probe.ts', "import { openStore } from '../core/db/index.ts';"],
      ['electron/host/probe.ts', "import { createDispatch } from '../core/dispatch.ts';"],
      ['electron/host/probe.ts', "import { eventRepository } from '../core/db/events.ts';"],
      ['electron/cli/probe.ts', "import { loadPack } from '../core/packs/load.ts';"],
      ['electron/host/probe.ts', "import Database from 'better-sqlite3';"],
    ],
    allowed: [
      ['electron/main/probe.ts', "import { createCore } from '../core/index.ts';"],
      ['electron/host/probe.ts', "import { createCore } from '../core/index.ts';"],
    ],
  },
  {
    wall: 'only electron/main and electron/preload import electron',
    refused: [
      ['electron/core/probe.ts', "import { app } from 'electron';"],
      ['electron/host/probe.ts', "import { app } from 'electron';"],
      ['electron/cli/probe.ts', "import { app } from 'electron';"],
      ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';"],
    ],
    allowed: [
      ['electron/main/probe.ts', "import { app } from 'electron';"],
      ['electron/preload/probe.ts', "import { ipcRenderer } from 'electron';"],
    ],
  },
  {
    wall: 'only electron/core/db touches SQLite',
    refused: [['electron/core/services/probe.ts', "import Database from 'better-sqlite3';"]],
    allowed: [['electron/core/db/probe.ts', "import Database from 'better-sqlite3';"]],
  },
  {
    wall: 'the room listener imports no shell and no Electron, and the core only through its entry',
    refused: [
      ['electron/adapters/room/probe.ts', "import { createHostServer } from '../../host/server.ts';"],
      ['electron/adapters/room/probe.ts', "import { wireApi } from '../../main/ipc.ts';"],
      ['electron/adapters/room/probe.ts', "import { app } from 'electron';"],
      ['electron/adapters/room/probe.ts', "import { roomService } from '../../core/services/room.ts';"],
    ],
    allowed: [['electron/adapters/room/probe.ts', "import { RoomRefusalError } from '../../core/index.ts';"]],
  },
  {
    wall: 'test support stays out of the app',
    refused: [
      ['electron/core/services/probe.ts', "import { startMiniCore } from '../../testing/miniCore.ts';"],
      ['electron/host/probe.ts', "import { tempDir } from '../testing/fixtures.ts';"],
      ['electron/main/probe.ts', "import { describe } from 'vitest';"],
    ],
    allowed: [['electron/core/probe.test.ts', "import { startMiniCore } from '../testing/miniCore.ts';"]],
  },
  {
    wall: 'scripts drive the app from outside',
    refused: [
      ['scripts/synthetic/probe.ts', "import { LANE_OF_TYPE } from '../../renderer/src/graph/geometry.ts';"],
      ['scripts/bench/probe.ts', "import { reportService } from '../../electron/core/services/reports.ts';"],
      ['scripts/probe.ts', "import { reportJsonSchema } from '../electron/core/reports/model.ts';"],
      ['scripts/probe.ts', "import { wireIpc } from '../electron/main/ipc.ts';"],
      ['scripts/probe.ts', "import { callApi } from '../e2e/api.ts';"],
      ['scripts/probe.ts', "import { app } from 'electron';"],
    ],
    allowed: [
      ['scripts/bench/probe.ts', "import { createCore } from '../../electron/core/index.ts';"],
      ['scripts/bench/probe.ts', "import { createHostServer } from '../../electron/host/server.ts';"],
      ['scripts/synthetic/probe.test.ts', "import { loadPackFiles } from '../../electron/core/packs/load.ts';"],
    ],
  },
  {
    wall: 'end-to-end tests drive the app from outside',
    refused: [
      ['e2e/probe.spec.ts', "import { createCore } from '../electron/core/index.ts';"],
      ['e2e/probe.ts', "import { createHostServer } from '../electron/host/server.ts';"],
      ['e2e/probe.ts', "import { useSession } from '../renderer/src/stores/index.ts';"],
      ['e2e/probe.spec.ts', "import Database from 'better-sqlite3';"],
    ],
    allowed: [
      ['e2e/probe.spec.ts', "import { syntheticBoard } from '../scripts/synthetic/board.ts';"],
      ['e2e/probe.ts', "import { apiClient } from '../shared/api/client.ts';"],
    ],
  },
  {
    wall: 'the launcher starts the command line or the host, and nothing else',
    refused: [
      ['bin/probe.mjs', "import { createCore } from '../electron/core/index.ts';"],
      ['bin/probe.mjs', "import { createHostServer } from '../electron/host/server.ts';"],
      ['bin/probe.mjs', "import { API_METHODS } from '../shared/api/methods.ts';"],
    ],
    allowed: [
      ['bin/probe.mjs', "await import('../electron/cli/boardwalk.ts');"],
      ['bin/probe.mjs', "await import('../electron/host/main.ts');"],
    ],
  },
  {
    wall: 'import() and require() are checked like import',
    refused: [
      ['electron/core/probe.ts', "const { createHostServer } = await import('../host/server.ts');"],
      ['electron/cli/probe.ts', "const { serveCommand } = await import('../host/serve.ts');"],
      ['electron/core/reports/probe.ts', "const db = await import('../db/index.ts');"],
      ['electron/core/services/probe.ts', "const Database = require('better-sqlite3');"],
      ['renderer/src/probe.ts', "const fs = require('node:fs');"],
      ['shared/probe.ts', "const path = require.resolve('node:path');"],
      ['electron/host/probe.ts', "export { wireIpc } from '../main/ipc.ts';"],
      ['electron/core/probe.ts', "export * from '../cli/report.ts';"],
      ['electron/core/probe.ts', 'const anything = await import(process.argv[2]);'],
      ['renderer/src/probe.ts', 'const anything = await import(`./${name}.ts`);'],
    ],
    allowed: [
      ['electron/core/probe.ts', "const { errorBody } = await import('./errors.ts');"],
      ['scripts/probe.ts', 'const bench = await import(process.argv[2]);'],
    ],
  },
];

const WALL_RULES = ['walls/imports', 'no-restricted-globals'];
const refusedByWall = (rules: string[]) => rules.some((rule) => WALL_RULES.includes(rule));

describe('the walls between folders, kept by lint', () => {
  // Loading the lint config and its parsers once takes seconds on a busy machine; no wall pays for it.
  beforeAll(() => brokenRules('shared/probe.ts', ''), 120_000);

  it.each(walls)('$wall', async ({ refused, allowed }) => {
    for (const [path, code] of refused)
      expect(refusedByWall(await brokenRules(path, code)), `refused? ${path}: ${code}`).toBe(true);
    for (const [path, code] of allowed)
      expect(refusedByWall(await brokenRules(path, code)), `allowed? ${path}: ${code}`).toBe(false);
  });
});
