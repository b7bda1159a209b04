import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../electron/testing/fixtures.ts';
import { binaryFuses, builderConfig, FUSE_NAMES, fuseMismatches, type Fuses } from './fuses.ts';

const SHIPPED: Fuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  grantFileProtocolExtraPrivileges: false,
};

const made: (() => void)[] = [];
afterAll(() => made.forEach((remove) => remove()));

const PACKAGED = join(import.meta.dirname, '..', 'dist', 'linux-unpacked', 'boardwalk');
const packaged = existsSync(PACKAGED);
if (!packaged)
  console.log(`Packaged fuse check skipped: no package at ${PACKAGED} (electron-builder needs Electron's zip).`);

/** An Electron-like file holding a fuse wire, as electron-builder leaves it in the binary. */
function fakeBinary(fuses: Fuses): string {
  const dir = tempDir();
  made.push(dir.remove);
  const path = join(dir.path, 'electron');
  const states = FUSE_NAMES.map((name) => (fuses[name] === undefined ? 144 : fuses[name] ? 49 : 48));
  const wire = Buffer.concat([
    Buffer.from('\u007fELF and other bytes'),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, states.length, ...states]),
    Buffer.from('more bytes'),
  ]);
  writeFileSync(path, wire);
  return path;
}

describe('Electron fuses in the packaging configuration', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect; encrypt cookies; load the app only from a checked asar', async () => {
    const config = await builderConfig('electron-builder.yml');
    expect(config.electronFuses).toEqual(SHIPPED);
  });

  it('differ for the end-to-end build only in the inspect fuse Playwright needs, into another output folder', async () => {
    const shipped = await builderConfig('electron-builder.yml');
    const e2e = await builderConfig('electron-builder.e2e.yml');
    expect(e2e.electronFuses).toEqual({ ...SHIPPED, enableNodeCliInspectArguments: true });
    expect(e2e.directories?.output).not.toBe(shipped.directories?.output);
  });

  it('are read back from a binary, and a binary that differs is named', async () => {
    expect(fuseMismatches(SHIPPED, await binaryFuses(fakeBinary(SHIPPED)))).toEqual([]);
    const unfused = await binaryFuses(fakeBinary({ ...SHIPPED, runAsNode: true, onlyLoadAppFromAsar: undefined }));
    expect(fuseMismatches(SHIPPED, unfused)).toEqual([
      'runAsNode: configured false, binary has true',
      'onlyLoadAppFromAsar: configured true, binary has unset',
    ]);
  });

  it.skipIf(!packaged)('are set in a package built here', async () => {
    expect(fuseMismatches(SHIPPED, await binaryFuses(PACKAGED))).toEqual([]);
  });
});
