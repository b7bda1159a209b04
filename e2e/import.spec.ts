import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

const mini = readFileSync(
  join(import.meta.dirname, '..', 'electron', 'core', 'packs', 'fixtures', 'mini', 'board.yaml'),
  'utf8',
);

test('importing a broken pack shows where the errors are, in Dutch, and stores nothing', async ({ page }, testInfo) => {
  host = await startFreshHost();
  await page.goto(host.url);
  const boardPicker = page.getByRole('combobox', { name: 'Bord' });
  await expect(boardPicker.locator('option')).toHaveCount(2);

  mkdirSync(testInfo.outputDir, { recursive: true });
  const broken = join(testInfo.outputDir, 'kapot.yaml');
  writeFileSync(broken, mini.replace('type: tool-choice', 'type: ruimteschip'));
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Bordpakket importeren…' }).click();
  await page.getByLabel('Bestanden importeren (YAML of zip)').setInputFiles(broken);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('niet geïmporteerd: 1 fout(en)');
  await expect(alert).toContainText('kapot.yaml, regel 29, kolom 11');
  await expect(alert).toContainText('nodes.2.type');
  await expect(alert).toContainText('Gebruik een van:');
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(boardPicker.locator('option')).toHaveCount(2);
});

test('importing a valid pack adds the board and opens it', async ({ page }, testInfo) => {
  host = await startFreshHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'mini.yaml');
  writeFileSync(file, mini);
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Import board pack…' }).click();
  await page.getByLabel('Import files (YAML or zip)').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: "Board 'Practice board' imported" })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('combobox', { name: 'Board' })).toHaveValue('fixture-mini');
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`)).toHaveCount(3);
});

test("the file pickers speak the screen's language, and the keyboard alone picks and imports a pack", async ({
  page,
}, testInfo) => {
  host = await startFreshHost();
  await page.goto(host.url);
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'oefenbord.yaml');
  writeFileSync(file, mini);
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Bordpakket importeren…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.file-picker-button')).toHaveText(['Bestanden kiezen…', 'Map kiezen…']);

  // Waited for well before the key: the browser's chooser is taken over only once that is in place.
  const chooser = page.waitForEvent('filechooser');
  const picker = page.getByLabel('Bestanden importeren (YAML of zip)');
  // Tab through the dialog (it may have put the focus on the picker already, without a key).
  let presses = 0;
  do await page.keyboard.press('Tab');
  while (presses++ < 10 && !(await picker.evaluate((input) => input === document.activeElement)));
  await expect(picker).toBeFocused();
  const ring = await dialog
    .locator('.file-picker-button')
    .first()
    .evaluate((button) => getComputedStyle(button).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: "Bord 'Oefenbord' geïmporteerd" })).toBeVisible();

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Import board pack…' }).click();
  await expect(page.getByRole('dialog').locator('.file-picker-button')).toHaveText([
    'Choose files…',
    'Choose a folder…',
  ]);
});
