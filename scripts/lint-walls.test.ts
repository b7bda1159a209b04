import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Lints a probe file as if it stood at `path`, and returns the rules it broke. */
async function brokenRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** Each wall: a probe that must be refused where it stands, and the same import allowed where it belongs. */
const walls: { wall: string; refused: [string, string][]; allowed: [string, string][] }[] = [
  {
    wall: 'shared/ imports no Node module, whatever its name',
    refused: [
      ['shared/probe.ts', "import { readFileSync } from 'node:fs';"],
      ['shared/probe.ts', "import { Worker } from 'worker_threads';"],
      ['shared/probe.ts', "import { createGzip } from 'zlib';"],
      ['shared/board/probe.ts', "import { resolve } from 'path/posix';"],
      ['shared/probe.ts', "import { app } from 'electron';"],
      ['shared/probe.ts', "import { createRoot } from 'react-dom/client';"],
    ],
    allowed: [['shared/probe.ts', "import { z } from 'zod';"]],
  },
  {
    wall: 'renderer/ imports no Node module and nothing of the back end',
    refused: [
      ['renderer/src/probe.ts', "import { Readable } from 'stream';"],
      ['renderer/src/stores/probe.ts', "import { hostname } from 'node:os';"],
      ['renderer/src/stores/probe.ts', "import { createCore } from '../../../electron/core/index.ts';"],
    ],
    allowed: [['renderer/src/stores/probe.ts', "import { create } from 'zustand';"]],
  },
  {
    wall: 'components change state through store actions, never the API client',
    refused: [['renderer/src/components/Probe.tsx', "import { createBrowserApi } from '../api/client.ts';"]],
    allowed: [['renderer/src/stores/probe.ts', "import { createBrowserApi } from '../api/client.ts';"]],
  },
  {
    wall: 'the shells and the command line reach the core only through its public entry',
    refused: [
      ['electron/main/probe.ts', "import { sessionService } from '../core/services/sessions.ts';"],
      ['electron/main/probe.ts', "import { openStore } from '../core/db/index.ts';"],
      ['electron/host/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';"],
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
      ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';"],
    ],
    allowed: [['electron/main/probe.ts', "import { app } from 'electron';"]],
  },
  {
    wall: 'only electron/core/db touches SQLite',
    refused: [['electron/core/services/probe.ts', "import Database from 'better-sqlite3';"]],
    allowed: [['electron/core/db/probe.ts', "import Database from 'better-sqlite3';"]],
  },
  {
    wall: 'the room listener imports no shell and no Electron, and the core only through its entry',
    refused: [
      ['electron/room/probe.ts', "import { createHostServer } from '../host/server.ts';"],
      ['electron/room/probe.ts', "import { wireApi } from '../main/ipc.ts';"],
      ['electron/room/probe.ts', "import { app } from 'electron';"],
      ['electron/room/probe.ts', "import { roomService } from '../core/services/room.ts';"],
    ],
    allowed: [['electron/room/probe.ts', "import { RoomRefusalError } from '../core/index.ts';"]],
  },
  {
    wall: 'test support stays out of the app',
    refused: [
      ['electron/core/services/probe.ts', "import { startMiniCore } from '../../testing/miniCore.ts';"],
      ['electron/host/probe.ts', "import { tempDir } from '../testing/fixtures.ts';"],
    ],
    allowed: [['electron/core/probe.test.ts', "import { startMiniCore } from '../testing/miniCore.ts';"]],
  },
];

describe('the walls between folders, kept by lint', () => {
  it.each(walls)('$wall', async ({ refused, allowed }) => {
    for (const [path, code] of refused)
      expect(await brokenRules(path, code), `${path}: ${code}`).toContain('no-restricted-imports');
    for (const [path, code] of allowed)
      expect(await brokenRules(path, code), `${path}: ${code}`).not.toContain('no-restricted-imports');
  });
});
