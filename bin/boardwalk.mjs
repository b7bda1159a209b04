#!/usr/bin/env node
// Node 22.18+ runs the TypeScript sources directly (type stripping); no build step for the CLI.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`boardwalk needs Node 22.18 or newer (Node 24 LTS recommended); this is ${process.version}\n`);
  process.exit(1);
}
await import('../electron/cli/boardwalk.ts');
