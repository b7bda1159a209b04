import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

const BOARD_ID = 'webshop-migration';
let host: RunningHost;

test.afterEach(async () => {
  await host?.stop();
});

/** The PDF's text as a reader copies it, without the soft hyphens the report puts in long words. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
}

async function openBoard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption(BOARD_ID);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
}

async function firstItemWithOptions(page: Page) {
  const board = await page.evaluate(async (boardId) => {
    const response = await fetch('/api/boards.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ boardId }),
    });
    return ((await response.json()) as { value: { board: unknown } }).value.board as {
      items: { id: string; options: unknown[] }[];
    };
  }, BOARD_ID);
  return board.items.find((item) => item.options.length > 0)!.id;
}

/** Through the export dialog: PDF, in the report language chosen there (the UI's language aside). */
async function exportPdf(page: Page, reportLanguage: 'nl' | 'en', dir: string, name: string): Promise<string> {
  await page.getByRole('button', { name: /^(Exporteren…|Export…)$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').selectOption(reportLanguage);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^(Exporteren|Export)$/ }).click();
  const file = join(dir, name);
  await (await download).saveAs(file);
  await dialog.getByRole('button', { name: /^(Sluiten|Close)$/ }).click();
  return pdfText(file);
}

test('a facilitator records a decision in Dutch, finds it after reload and restart, and exports it as PDF', async ({
  page,
}, testInfo) => {
  const dataDir = freshDataDir();
  host = await startHost(dataDir);
  await openBoard(page, host.url);
  const nodeCount = await page.locator(`${SHOWN_GRAPH} .react-flow__node`).count();
  expect(nodeCount).toBeGreaterThan(20);

  await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
  await page.getByLabel('Titel').fill('Kwartaalreview Q4');
  await page.getByLabel('Gespreksleider').fill('Anouk de Vries');
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toContainText('Kwartaalreview Q4');

  const itemId = await firstItemWithOptions(page);
  const rationale = `Het team kent dit gereedschap al <b>goed</b> ${Date.now()}`;
  await page.locator(`[data-item-id="${itemId}"]`).click();
  await page.getByRole('group', { name: 'Status' }).locator('input[value="decided"]').check();
  await page.getByRole('group', { name: 'Gekozen optie' }).getByRole('radio').nth(1).check();
  await page.getByLabel('Onderbouwing', { exact: true }).fill(rationale);
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
  await expect(page.locator(`[data-item-id="${itemId}"]`)).toContainText('Besloten');

  await page.reload();
  await page.locator(`[data-item-id="${itemId}"]`).click();
  await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(rationale);

  await host.stop();
  host = await startHost(dataDir);
  await openBoard(page, host.url);
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toContainText('Kwartaalreview Q4');
  await page.locator(`[data-item-id="${itemId}"]`).click();
  await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(rationale);
  await expect(page.getByRole('group', { name: 'Status' }).locator('input:checked')).toHaveValue('decided');

  const dutch = await exportPdf(page, 'nl', testInfo.outputDir, 'nl.pdf');
  expect(dutch).toContain('Besluitenverslag');
  expect(dutch).toContain('Samenvatting');
  // The audit trail is the report's appendix.
  expect(dutch).toContain('Bijlage: logboek van wijzigingen');
  expect(dutch).toContain('Het team kent dit gereedschap al <b>goed</b>');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
  const english = await exportPdf(page, 'en', testInfo.outputDir, 'en.pdf');
  expect(english).toContain('Decision report');
  expect(english).toContain('Summary');
  expect(english).toContain('Appendix: audit trail');
  expect(english).not.toContain('Besluitenverslag');
  expect(english).toContain('Het team kent dit gereedschap al <b>goed</b>');
});

test('every visible label follows the language switch', async ({ page }) => {
  host = await startHost(freshDataDir());
  await openBoard(page, host.url);
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuwe sessie' })).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: 'New session' })).toBeVisible();
  await expect(page.getByText('Choose an item from the agenda or the graph.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
