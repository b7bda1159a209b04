import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test; real files and a real SQLite database, never mocks. */
export function tempDir(prefix = 'boardwalk-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const MINI_PACK = join(import.meta.dirname, '..', 'core', 'packs', 'fixtures', 'mini');
export const RESOURCES_DIR = join(import.meta.dirname, '..', '..', 'resources');
