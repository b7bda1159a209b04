import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, without trying to download it.
 * @returns {{ path?: string, reason?: string }}
 */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' };
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(path) ? { path } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${path}` };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron binary has not been downloaded' };
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { reason: `the Electron binary is missing at ${path}` };
}

/**
 * Asks the electron package to fetch its binary (it downloads on first use), quietly in a child
 * process so a failure ends in our one line rather than its stack; false when that fails.
 */
export function downloadElectronBinary() {
  const attempt = spawnSync(process.execPath, ['-e', "require('electron')"], { stdio: 'pipe', timeout: 300_000 });
  return attempt.status === 0 && findElectronBinary().path !== undefined;
}
