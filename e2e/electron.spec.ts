import { expect, test, _electron as electron } from '@playwright/test';
import { createRequire } from 'node:module';
import { freshDataDir } from './host.ts';

/** The Electron binary is downloaded on first use; where it cannot be, these tests say why they skip. */
function electronBinary(): { path?: string; reason?: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as string;
    return { path };
  } catch (error) {
    return {
      reason: `no Electron binary here (${(error as Error).message.split('\n')[0]}); run where one can be downloaded`,
    };
  }
}

const binary = electronBinary();
if (binary.reason) console.log(`Electron end-to-end tests skipped: ${binary.reason}`);

test.describe('desktop app', () => {
  test.skip(!binary.path, binary.reason ?? '');

  test('opens the board in a locked-down window and records an outcome over IPC', async () => {
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, BOARDWALK_DATA_DIR: freshDataDir() },
    });
    const page = await app.firstWindow();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((window as unknown as { boardwalk: object }).boardwalk).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.api).toContain('outcomes.record');
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/boardwalk\//);
    await app.close();
  });
});
