/**
 * Electron fuses: what the packaging configuration asks for, read through electron-builder's own
 * configuration loader (so `extends` and its schema apply), and what a packaged Electron binary
 * actually has, read with @electron/fuses (which electron-builder uses to flip them).
 *
 *   node scripts/fuses.ts <packaged app binary> [electron-builder.yml | electron-builder.e2e.yml]
 *
 * prints each fuse and exits 1 when the binary differs from the configuration.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
// Both come with electron-builder; loaded from where it finds them, so no copy of our own is needed.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

/** The fuse names as the configuration spells them, in the order of Electron's fuse wire. */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
export type FuseName = (typeof FUSE_NAMES)[number];
export type Fuses = Partial<Record<FuseName, boolean>>;

interface BuilderConfig {
  electronFuses?: Fuses | null;
  directories?: { output?: string };
  extends?: string | string[] | null;
}

/** The configuration electron-builder would build from, checked against its schema. */
export async function builderConfig(file: string): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = fromBuilder('builder-util');
  const config = (await getConfig(ROOT, file, null)) as BuilderConfig;
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const FUSE_STATE = { 48: false, 49: true } as Record<number, boolean | undefined>;

/** The fuses flipped in a binary: true or false per fuse, undefined where the wire leaves it unset. */
export async function binaryFuses(binary: string): Promise<Fuses> {
  const { getCurrentFuseWire } = fromBuilder('@electron/fuses');
  const wire = (await getCurrentFuseWire(binary)) as Record<string, number>;
  return Object.fromEntries(FUSE_NAMES.map((name, index) => [name, FUSE_STATE[wire[index] ?? -1]]));
}

/** Lines saying where the binary differs from what was configured; empty when it matches. */
export function fuseMismatches(configured: Fuses, found: Fuses): string[] {
  return Object.entries(configured)
    .filter(([name, wanted]) => found[name as FuseName] !== wanted)
    .map(([name, wanted]) => `${name}: configured ${wanted}, binary has ${found[name as FuseName] ?? 'unset'}`);
}

async function main(): Promise<void> {
  const [binary, file = 'electron-builder.yml'] = process.argv.slice(2);
  if (!binary) {
    console.error('usage: node scripts/fuses.ts <packaged app binary> [electron-builder config]');
    process.exitCode = 2;
    return;
  }
  const configured = (await builderConfig(file)).electronFuses ?? {};
  const found = await binaryFuses(binary);
  for (const name of FUSE_NAMES) console.log(`${name.padEnd(40)} ${String(found[name] ?? 'unset')}`);
  const mismatches = fuseMismatches(configured, found);
  for (const line of mismatches) console.error(`mismatch: ${line}`);
  process.exitCode = mismatches.length > 0 ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) await main();
