import type { ApiInput } from '../shared/api/contract.ts';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFreshHost, type RunningHost } from './host.ts';
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
  host = await startFreshHost();
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
  // As a reader copies it: without the soft hyphens the report puts in long words.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');
  const changes = text.slice(text.indexOf('Changes since the last review'));
  expect(changes).toContain('Q3 review');
  expect(changes).toMatch(/Decided/);
  expect(changes).toMatch(/Reopened/);
});

test('the due-review notice names where a decision was taken and starts the one next review that carries everything; confirm, provenance, log and trail follow', async ({
  page,
}) => {
  host = await startFreshHost();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openInEnglish(page);
  await holdQ3(page);
  const offer = page.getByRole('region', { name: '1 decision is due for review' });
  await expect(offer).toContainText(
    'decided in \u2068Q3 review\u2069 (30 September 2026), review date 1 November 2026',
  );
  await offer.getByRole('button', { name: 'Start the next review (carries everything)…' }).click();
  await expect(offer).toContainText('Closes \u2068Q3 review\u2069');
  await offer.getByLabel('Title').fill('Q4 review');
  await offer.getByLabel('Facilitator').fill('Anna de Vries-van Houten');
  await offer.getByLabel('Participants').fill('Bram, Chris');
  await offer.getByRole('button', { name: 'Start next review' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Q4 review');
  // Deferred and open items came along with the due decision; inside Q4 nothing is offered again.
  const order = await agendaOrder(page);
  expect(order.slice(0, 3)).toEqual([NOTED, DEFERRED, DUE]);
  await expect(page.getByRole('region', { name: /due for review/ })).toHaveCount(0);

  // Confirm unchanged is an action of its own.
  await page.locator(`[data-item-id="${DUE}"]`).click();
  await page.getByRole('button', { name: 'Confirm unchanged' }).click();
  const standing = page.locator('.review-standing');
  await expect(standing).toContainText('Confirmed unchanged in this review');
  await expect(standing).toContainText('Decided in \u2068Q3 review\u2069 (30 September 2026)');

  // An edited carried decision still says where it was decided.
  await page.locator(`[data-item-id="${DECIDED}"]`).click();
  await page.getByRole('textbox', { name: 'Owner' }).fill('Platform team');
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await expect(standing).toContainText('Decided in \u2068Q3 review\u2069 (30 September 2026)');

  // The audit trail shows the confirmation and the owner change field by field, names whole.
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  const trail = page.getByRole('dialog');
  await expect(trail.locator('tr[data-event-type="outcome.confirmed"]')).toContainText('confirmed');
  const ownerRow = trail.locator('tr[data-event-type="outcome.recorded"]').last();
  await expect(ownerRow).toContainText('Owner: — → Platform team');
  const name = ownerRow.locator('td').nth(1);
  expect(await name.evaluate((cell) => cell.scrollHeight <= cell.clientHeight + 1)).toBe(true);
  await expect(name).toContainText('Anna de Vries-van Houten');
  await trail.getByRole('button', { name: 'Close' }).click();

  // The decision log, from the header's More menu: numbers, states and the timeline across both reviews.
  await page.getByRole('button', { name: 'More…', exact: true }).click();
  await page.getByRole('button', { name: 'Decision log', exact: true }).click();
  const log = page.getByRole('dialog', { name: /^Decision log/ });
  const due = log.locator('.register-entry').filter({ hasText: 'Zero-downtime' });
  await expect(log.locator('.register-entry')).toHaveCount(2);
  await expect(due).toHaveAttribute('data-state', 'confirmed');
  await expect(due.locator('.register-timeline li')).toHaveText([
    /Q3 review: decided/,
    /Q4 review: confirmed unchanged/,
  ]);
  await log.getByLabel('State').selectOption('confirmed');
  await expect(log.locator('.register-entry')).toHaveCount(1);
  const calendar = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Review dates (.ics)' }).click();
  expect((await calendar).suggestedFilename()).toMatch(/\.ics$/);
});
