import type { ApiInput } from '../shared/api/contract.ts';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { apiCall } from './api.ts';
import { agendaOrder, BOARD } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

const DECIDED = 'team_maturity_vs_cilium';
const DEFERRED = 'budget_vs_managed_services';
const NOTED = 'vendor_independence_vs_managed_db';
const DUE = 'zero_downtime_vs_db_migrations';

/** Opens the app in English on the migration board. */
async function openInEnglish(page: Page) {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: /^(Bord|Board)$/ })).toHaveValue(BOARD);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
}

/**
 * The Q3 review as the room left it: one decision (review in the spring), one decision whose review
 * date has already come, one deferred item past its due date, one item left open with a note.
 */
async function holdQ3(page: Page) {
  const q3 = await apiCall(page, 'sessions.create', {
    boardId: BOARD,
    title: 'Q3 review',
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'en',
  });
  const record = (itemId: string, changes: ApiInput<'outcomes.record'>['changes']) =>
    apiCall(page, 'outcomes.record', { sessionId: q3.id, itemId, changes });
  await record(DECIDED, { status: 'decided', rationale: 'Consultant for the first year', reviewDate: '2099-03-01' });
  await record(DUE, { status: 'decided', rationale: 'Rolling updates suffice', reviewDate: '2026-11-01' });
  await record(DEFERRED, { status: 'deferred', owner: 'Finance', dueDate: '2026-10-31' });
  await record(NOTED, { notes: 'Ask the DBA' });
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Q3 review');
}

function sessionRow(page: Page, title: string) {
  return page.locator('.session-row').filter({ has: page.getByText(title, { exact: true }) });
}

test('the next review starts from what was decided: pending first, decisions kept, due and overdue marked, compare and report agree', async ({
  page,
}, testInfo) => {
  host = await startHost(freshDataDir());
  await openInEnglish(page);
  await holdQ3(page);

  // Close Q3 and start the next review from it, as a facilitator does.
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await sessionRow(page, 'Q3 review').getByRole('button', { name: 'Close session' }).click();
  await sessionRow(page, 'Q3 review').getByRole('button', { name: 'Next review…' }).click();
  await page.getByLabel('Title').fill('Q4 review');
  await page.getByRole('button', { name: 'Start next review' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Q4 review');
  await expect(page.getByRole('status').filter({ hasText: '4 item(s) carried over' })).toBeVisible();

  // Pending items come first, then the decision due for review; the settled decision comes last.
  const order = await agendaOrder(page);
  expect(order.slice(0, 3)).toEqual([NOTED, DEFERRED, DUE]);
  expect(order.at(-1)).toBe(DECIDED);
  const decided = page.locator(`[data-item-id="${DECIDED}"]`);
  await expect(decided).toContainText('Decided');
  await expect(decided).toContainText('decided earlier');
  await expect(page.locator(`[data-item-id="${DUE}"]`)).toContainText('due for review');
  await expect(page.locator(`[data-item-id="${DEFERRED}"]`)).toContainText('overdue');

  // The decision keeps its rationale and says where it was made.
  await decided.click();
  await expect(page.locator('.review-standing')).toContainText('Decided in \u2068Q3 review\u2069 (30 September 2026)');
  await expect(page.getByLabel('Rationale', { exact: true })).toHaveValue('Consultant for the first year');

  // Nothing was changed yet: the comparison shows no reversal of what was carried over.
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Earlier session').selectOption({ label: '\u2068Q3 review\u2069 (30 September 2026)' });
  await expect(dialog.getByText('Nothing changed between these sessions.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The room decides the deferred item and reopens the decision due for review.
  await page.locator(`[data-item-id="${DEFERRED}"]`).click();
  await page.getByRole('group', { name: 'Status' }).locator('input[value="decided"]').check();
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.locator(`[data-item-id="${DUE}"]`).click();
  await page.getByRole('group', { name: 'Status' }).locator('input[value="escalated"]').check();
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();

  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Compare…' }).click();
  await dialog.getByLabel('Earlier session').selectOption({ label: '\u2068Q3 review\u2069 (30 September 2026)' });
  const table = dialog.locator('.compare-table');
  await expect(table.locator(`tr[data-change="decided"]`)).toHaveCount(1);
  await expect(table.locator(`tr[data-change="reopened"]`)).toHaveCount(1);
  await expect(table).not.toContainText('Team maturity');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The report's "changes since the last review" says the same.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the report' });
  const waiting = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const pdf = join(testInfo.outputDir, 'q4.pdf');
  await (await waiting).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const changes = text.slice(text.indexOf('Changes since the last review'));
  expect(changes).toContain('Q3 review');
  expect(changes).toMatch(/Decided/);
  expect(changes).toMatch(/Reopened/);
});

test('decisions whose review date has come are offered for a review session when the board opens', async ({ page }) => {
  host = await startHost(freshDataDir());
  await openInEnglish(page);
  await holdQ3(page);
  const offer = page.getByRole('region', { name: '1 decision is due for review' });
  await expect(offer).toContainText(
    'decided in \u2068Q3 review\u2069 (30 September 2026), review date 1 November 2026',
  );
  await offer.getByRole('button', { name: 'Start a review session for them…' }).click();
  await offer.getByLabel('Facilitator').fill('Anouk');
  await offer.getByRole('button', { name: 'Start review session' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Review of due decisions');
  expect((await agendaOrder(page))[0]).toBe(DUE);
  await expect(page.locator(`[data-item-id="${DUE}"]`)).toContainText('due for review');
});
