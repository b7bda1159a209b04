import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed; Playwright's own browser only where neither is there.
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
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
