import { expect, test, _electron as electron } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { freshDataDir } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

// Never downloads: where no binary was fetched at install time, the tests say why they skip.
// BOARDWALK_E2E_APP names a packaged build instead: one from electron-builder.e2e.yml, whose inspect
// fuse is on (Playwright drives Electron through --inspect; the shipped package has it off).
const packaged = process.env.BOARDWALK_E2E_APP;
const binary = packaged
  ? existsSync(packaged)
    ? { path: packaged }
    : { reason: `BOARDWALK_E2E_APP names no file: ${packaged}` }
  : findElectronBinary();
if (binary.reason)
  console.log(`Electron end-to-end tests skipped: ${binary.reason}; they run where the binary exists.`);
else
  console.log(
    `Electron end-to-end tests run ${packaged ? `the package ${packaged}` : `the unpackaged app with ${binary.path}`}.`,
  );

/** The desktop app on a data folder of its own, as a user starts it. */
function launchApp(dataDir: string) {
  return electron.launch({
    executablePath: binary.path,
    args: packaged ? ['--no-sandbox'] : ['.', '--no-sandbox'],
    env: { ...process.env, BOARDWALK_DATA_DIR: dataDir },
  });
}

test.describe('desktop app', () => {
  test.skip(!binary.path, binary.reason ?? '');

  test('opens the board in a locked-down window and records an outcome over IPC', async () => {
    const app = await launchApp(freshDataDir());
    const page = await app.firstWindow();
    await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((window as unknown as { boardwalk: object }).boardwalk).sort(),
    }));
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.api).toContain('outcomes.record');
    const recorded = await page.evaluate(async () => {
      type Result = { ok: boolean; value: Record<string, unknown> & { id: string; base64: string } };
      const api = (window as unknown as { boardwalk: Record<string, (input: unknown) => Promise<Result>> }).boardwalk;
      const board = await api['boards.get']!({ boardId: 'webshop-migration' });
      const item = (board.value.board as { items: { id: string }[] }).items[0]!;
      const session = await api['sessions.create']!({
        boardId: 'webshop-migration',
        title: 'Desktop review',
        date: '2026-11-23',
        facilitator: 'Anouk',
        language: 'en',
      });
      const outcome = await api['outcomes.record']!({
        sessionId: session.value.id,
        itemId: item.id,
        changes: { status: 'decided', rationale: 'Decided in the desktop app' },
      });
      const pdf = await api['reports.export']!({ sessionId: session.value.id, language: 'en' });
      return { outcome: outcome.ok, pdfStart: atob(pdf.value.base64.slice(0, 8)) };
    });
    expect(recorded.outcome).toBe(true);
    expect(recorded.pdfStart).toMatch(/^%PDF/);
    // Hear the main process decide on the navigation, so a slow one cannot pass for a refused one.
    await app.evaluate(({ webContents }) => {
      const heard: { url: string; refused: boolean }[] = [];
      Object.assign(globalThis, { heardNavigations: heard });
      for (const contents of webContents.getAllWebContents())
        contents.on('will-navigate', (event, url) => heard.push({ url, refused: event.defaultPrevented }));
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as { heardNavigations?: unknown[] }).heardNavigations))
      .toEqual([{ url: 'https://example.com/', refused: true }]);
    expect(page.url()).toMatch(/^app:\/\/boardwalk\//);
    await app.close();
  });

  test('writes the decision records into the folder picked in the dialog', async () => {
    const dataDir = freshDataDir();
    const folder = join(dataDir, 'adr');
    const app = await launchApp(dataDir);
    // The native folder dialog cannot be driven: the main process is told what the user picks.
    await app.evaluate(({ dialog }, picked) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [picked] })) as typeof dialog.showOpenDialog;
    }, folder);
    const page = await app.firstWindow();
    await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
    await page.evaluate(async () => {
      type Result = { ok: boolean; value: { id: string; board: { items: { id: string; kind: string }[] } } };
      const api = (window as unknown as { boardwalk: Record<string, (input: unknown) => Promise<Result>> }).boardwalk;
      const { value } = await api['boards.get']!({ boardId: 'webshop-migration' });
      const session = await api['sessions.create']!({
        boardId: 'webshop-migration',
        title: 'Folder review',
        date: '2026-11-23',
        facilitator: 'Anouk',
        language: 'en',
      });
      const decision = value.board.items.find((item) => item.kind === 'decision')!;
      await api['outcomes.record']!({
        sessionId: session.value.id,
        itemId: decision.id,
        changes: { status: 'decided', chosenOption: 'confirm', rationale: 'Written beside the code' },
      });
    });
    await page.reload();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Folder review');
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByLabel('Markdown decision records (MADR), as a zip').check();
    await page.getByRole('button', { name: 'Write into a folder…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'files written into' })).toBeVisible();
    const records = readdirSync(folder).filter((name) => name.endsWith('.md'));
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(records.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n')).toContain(
      'Written beside the code',
    );
    await app.close();
  });

  test("the menu speaks the language chosen on the app's page", async () => {
    const app = await launchApp(freshDataDir());
    const page = await app.firstWindow();
    await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
    const menuLabels = () =>
      app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    // The page starts in Dutch.
    await expect.poll(menuLabels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(menuLabels).toEqual(['File', 'Edit', 'View', 'Help']);
    await app.close();
  });
});
