import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// electron-builder itself cannot run here (it downloads Electron), so the configuration is checked as data.
describe('electron-builder configuration', () => {
  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('unpacks the native SQLite module from the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/**', '**/*.node']));
  });

  it('ships the built app and the boards and translations beside it', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'resources', to: 'resources' })]),
    );
  });

  it('keeps what the packaged app needs at run time among the dependencies, and Electron among the dev tools', () => {
    expect(pkg.dependencies).toHaveProperty('better-sqlite3');
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
  });

  it('targets Node 24 LTS as the README says', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
  });
});
