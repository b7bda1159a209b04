import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two tiers. `quick` is every `*.test.ts`; `slow` is every `*.slow.test.ts` (crash tests that kill
 * processes, property tests with many runs, load). `npm test` runs quick first, then slow, so the
 * quick tier gives its answer in seconds. `npx vitest run <path>` runs a file in whichever tier it is.
 */
const ROOTS = ['shared', 'electron', 'renderer', 'scripts'];
const SLOW = ROOTS.map((root) => `${root}/**/*.slow.test.ts`);

// The tests start the host, the command line and the crash test's writer as Node processes that load the
// TypeScript sources; Node's compile cache (checked against each file's contents) spares each start about
// a quarter of its CPU time: the crash test's 50 writers took 48 s of CPU with it, 61 s without.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'boardwalk-node-compile-cache');

export default defineConfig({
  // A worktree may link node_modules from another checkout: what is reached through the link (elk's
  // worker, imported with `?url` by the component tests' stores) is still the project's to serve.
  server: { fs: { allow: [import.meta.dirname, realpathSync(`${import.meta.dirname}/node_modules`)] } },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          // Threads start faster than forks (54 s against 79 s for the tier on the 2-core AMD EPYC);
          // the tests that kill or spawn processes are in the slow tier, which keeps forks. Four threads
          // on two cores: much of the tier waits on sockets, timers and files (38-44 s against 58-62 s).
          pool: 'threads',
          maxWorkers: 4,
          include: ROOTS.map((root) => `${root}/**/*.test.${root === 'renderer' ? '{ts,tsx}' : 'ts'}`),
          exclude: [...configDefaults.exclude, ...SLOW],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          testTimeout: 120_000,
          // Two forks: much of the tier waits on the processes it starts and kills (the crash test's
          // 50 rounds, the command line, Chromium), so two files at a time keep both cores busy.
          maxWorkers: 2,
        },
      },
    ],
  },
});
