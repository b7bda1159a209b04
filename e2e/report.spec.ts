import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { apiCall } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

const BOARD = 'webshop-migration';
let host: RunningHost;
test.afterEach(async () => host?.stop());

async function sessionWithDecisions(page: Page) {
  await page.goto(host.url);
  await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption(BOARD);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  const session = await apiCall(page, 'sessions.create', {
    boardId: BOARD,
    title: 'Kwartaalreview rapport',
    date: '2027-01-15',
    facilitator: 'Anouk de Vries',
    participants: ['Bram'],
    language: 'nl',
  });
  const { board } = await apiCall(page, 'boards.get', {
    boardId: BOARD,
  });
  const decisions = board.items.filter((item) => item.kind === 'decision').slice(0, 2);
  for (const [index, item] of decisions.entries())
    await apiCall(page, 'outcomes.record', {
      sessionId: session.id,
      itemId: item.id,
      changes: { status: 'decided', chosenOption: 'confirm', rationale: `Besluit ${index + 1} van de kamer` },
    });
  await apiCall(page, 'outcomes.vote', {
    sessionId: session.id,
    itemId: decisions[0]!.id,
    participant: 'Bram',
    optionId: 'confirm',
  });
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^(Sessie|Session)$/ })).toContainText('Kwartaalreview rapport');
}

async function download(page: Page, dir: string, name: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  const waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^(Exporteren|Export)$/ }).click();
  const file = join(dir, name);
  await (await waiting).saveAs(file);
  return file;
}

test("opening the export dialog starts the host's Chromium, and the export after it prints with it", async ({
  page,
}) => {
  host = await startHost(freshDataDir());
  await sessionWithDecisions(page);
  expect(host.chromiumBrowsers()).toEqual([]);
  await page.getByRole('button', { name: /^(Exporteren|Export)…$/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => host.chromiumBrowsers().length, { timeout: 20_000 }).toBe(1);
  const running = host.chromiumBrowsers();
  const file = await download(page, freshDataDir(), 'prepared.pdf');
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Kwartaalreview rapport');
  expect(host.chromiumBrowsers()).toEqual(running);
});

test('the export dialog: report language apart from the UI, options remembered per session, progress, every format', async ({
  page,
}, testInfo) => {
  host = await startHost(freshDataDir());
  await sessionWithDecisions(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the report' });
  // The UI speaks English; the report defaults to the session's language.
  await expect(dialog.getByRole('combobox', { name: 'Language of the report' })).toHaveValue('nl');
  await expect(dialog.getByRole('checkbox', { name: 'Include undecided items' })).not.toBeChecked();

  await dialog.getByRole('checkbox', { name: 'Risk register' }).uncheck();
  await expect(dialog.getByRole('checkbox', { name: /Include the private notes/ })).not.toBeChecked();
  // The facilitator's summary, saved with the export, is the first thing the report says.
  await dialog.getByRole('textbox', { name: 'Summary for page 1 of the report' }).fill('Twee besluiten genomen.');
  const waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.locator('.export-progress')).toContainText(/Building the report|Saving what was typed/);
  const pdf = join(testInfo.outputDir, 'nl.pdf');
  await (await waiting).saveAs(pdf);
  await expect(dialog.locator('.export-progress')).toHaveText('');
  // Soft hyphens (where a printed word may break) taken out, to read the words as written.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .replaceAll('\u00ad', '')
    .replace(/\s+/g, ' ');
  expect(text).toContain('Besluitenverslag');
  expect(text).toContain('In het kort Twee besluiten genomen.');
  expect(text).toContain('Besluit 1 van de kamer');
  expect(text).toContain('Besluit 2 van de kamer');
  expect(text).toContain('15 januari 2027');
  expect(text).not.toContain('Risicoregister');
  expect(text).toMatch(/Bram Stem uitgebracht/);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);

  // Remembered for this session, across a reload too.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Risk register' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Audit trail' })).toBeChecked();

  await dialog.getByRole('combobox', { name: 'Language of the report' }).selectOption('en');
  await dialog.getByRole('radio', { name: /Markdown decision records/ }).check();
  // A browser cannot write into a folder: only the desktop app offers it (e2e/electron.spec.ts).
  await expect(dialog.getByRole('button', { name: 'Write into a folder…' })).toHaveCount(0);
  const adrs = unzipSync(readFileSync(await download(page, testInfo.outputDir, 'adr.zip')));
  expect(Object.keys(adrs)).toContain('README.md');
  expect(Object.keys(adrs).filter((name) => /^000\d-.*\.md$/.test(name))).toHaveLength(2);
  expect(
    Object.values(adrs)
      .map((bytes) => strFromU8(bytes))
      .join('\n'),
  ).toContain('Besluit 2 van de kamer');

  await dialog.getByRole('radio', { name: /CSV/ }).check();
  const csv = unzipSync(readFileSync(await download(page, testInfo.outputDir, 'csv.zip')));
  // UTF-8 with a byte order mark, so spreadsheet programs read ë and é.
  expect([...csv['outcomes.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const outcomes = strFromU8(csv['outcomes.csv']!);
  expect(outcomes.split('\r\n').filter(Boolean)).toHaveLength(3);

  await dialog.getByRole('radio', { name: /JSON/ }).check();
  const json = JSON.parse(readFileSync(await download(page, testInfo.outputDir, 'report.json'), 'utf8'));
  expect(json).toMatchObject({ format: 'boardwalk-report', version: 2, language: 'en' });
  expect(json.cover.session.summary).toBe('Twee besluiten genomen.');
  expect(json.audit.map((row: { actor: string }) => row.actor)).toContain('Bram');
});
