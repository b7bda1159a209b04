import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed; Playwright's own browser only where neither is there.
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Two workers, any test on either: the suite waits more than it computes (about 40% of two cores
  // busy with one worker), and each test starts its own host on a fresh folder, so none depends on
  // another. 9.4 min instead of 10.9 min idle on the AMD EPYC 2-core machine.
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  // Two cores, shared with the host and the layout worker: waits are generous, never the thing tested.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    trace: 'on-first-retry',
    viewport: { width: 1600, height: 1000 },
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
