import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH, showMoreFields } from './room.ts';

const BOARD = 'webshop-migration';
let host: RunningHost;
test.afterEach(async () => host?.stop());

/** Opens the app on the webshop board in English (each host start is a new origin, so Dutch is the default again). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption(BOARD);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
}

async function newSession(page: Page, title: string, participants = '') {
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Facilitator').fill('Anouk');
  if (participants) await page.getByLabel('Participants (comma-separated)').fill(participants);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText(title);
}

async function decide(page: Page, itemId: string, status: string, rationale: string) {
  await page.locator(`[data-item-id="${itemId}"]`).click();
  await page.getByRole('group', { name: 'Status' }).locator(`input[value="${status}"]`).check();
  await page.getByLabel('Rationale', { exact: true }).fill(rationale);
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
}

/** Moves the keyboard focus with Tab (or Shift+Tab) until `target` has it, as someone without a mouse does. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let press = 0; press < 400; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

function sessionRow(page: Page, title: string) {
  return page.locator('.session-row').filter({ has: page.getByText(title, { exact: true }) });
}

test('a whole review with the keyboard alone: start a session, decide, undo and redo', async ({ page }) => {
  host = await startFreshHost();
  await open(page, host.url);
  await tabTo(page, page.getByRole('button', { name: 'New session' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard review');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Anouk');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Keyboard review');

  const first = page.locator('.agenda-item').first();
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('radio', { name: 'Open', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Decided' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Status' }).locator('input:checked')).toHaveValue('decided');
  await tabTo(page, page.getByRole('button', { name: 'Save outcome' }));
  await page.keyboard.press('Enter');
  await expect(first).toContainText('Decided');

  // Undo works outside text fields: back to the agenda with the keyboard first.
  await tabTo(page, first, 'Shift+Tab');
  await page.keyboard.press('Control+Z');
  await expect(first).toContainText('Open');
  await page.keyboard.press('Control+Shift+Z');
  await expect(first).toContainText('Decided');
});

test('undo reaches back across a restart of the app', async ({ page }) => {
  host = await startFreshHost();
  const dataDir = host.dataDir;
  await open(page, host.url);
  await newSession(page, 'Before restart');
  await decide(page, 'team_maturity_vs_cilium', 'deferred', 'Wait for the consultant');
  await host.stop();
  host = await startHost(dataDir);
  await open(page, host.url);
  const item = page.locator('[data-item-id="team_maturity_vs_cilium"]');
  await expect(item).toContainText('Deferred');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toContainText('Open');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('sessions screen: rename, close read-only, reopen, next review, trash and restore', async ({ page }) => {
  host = await startFreshHost();
  await open(page, host.url);
  await newSession(page, 'Q3 review');
  await decide(page, 'team_maturity_vs_cilium', 'deferred', 'Needs budget first');
  await decide(page, 'budget_vs_managed_services', 'decided', 'Managed it is');

  await page.getByRole('button', { name: 'Sessions…' }).click();
  await sessionRow(page, 'Q3 review').getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title').fill('Q3 architecture review');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await sessionRow(page, 'Q3 architecture review').getByRole('button', { name: 'Close session' }).click();
  await expect(sessionRow(page, 'Q3 architecture review')).toContainText('Closed (read-only)');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await expect(page.locator('.closed-banner')).toContainText('This session is closed and read-only.');
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.getByRole('group', { name: 'Status' }).locator('input').first()).toBeDisabled();

  await page.getByRole('button', { name: 'Sessions…' }).click();
  await sessionRow(page, 'Q3 architecture review').getByRole('button', { name: 'Next review…' }).click();
  await page.getByLabel('Title').fill('Q4 review');
  await page.getByRole('button', { name: 'Start next review' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toHaveValue(/.+/);
  await expect(page.getByRole('status').filter({ hasText: '2 item(s) carried over' })).toBeVisible();
  await expect(page.locator('[data-item-id="team_maturity_vs_cilium"]')).toContainText('Deferred');
  // A decision stays decided in the next review, marked as decided earlier.
  await expect(page.locator('[data-item-id="budget_vs_managed_services"]')).toContainText('Decided');
  await expect(page.locator('[data-item-id="budget_vs_managed_services"]')).toContainText('decided earlier');

  await page.getByRole('button', { name: 'Sessions…' }).click();
  await sessionRow(page, 'Q3 architecture review').getByRole('button', { name: 'Reopen' }).click();
  await expect(sessionRow(page, 'Q3 architecture review')).toContainText('Open');
  await sessionRow(page, 'Q3 architecture review').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: 'Trash (1)' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Trash (0)' })).toBeVisible();
  await sessionRow(page, 'Q3 architecture review').getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'Trash (0)' })).toBeVisible();
  await expect(sessionRow(page, 'Q3 architecture review')).toHaveCount(0);
  await expect(sessionRow(page, 'Q4 review')).toHaveCount(1);
});

test('audit trail filtered by item, and two sessions compared', async ({ page }) => {
  host = await startFreshHost();
  await open(page, host.url);
  await newSession(page, 'Q3');
  await decide(page, 'team_maturity_vs_cilium', 'deferred', 'Wait');
  await decide(page, 'budget_vs_managed_services', 'decided', 'Go');
  await newSession(page, 'Q4');
  await decide(page, 'team_maturity_vs_cilium', 'decided', 'Consultant hired');

  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog');
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  // Titles in options are bidi isolates; the visible text is the title and its date.
  await dialog.getByLabel('Earlier session').selectOption({ label: `\u2068Q3\u2069 (${today})` });
  const table = dialog.locator('.compare-table');
  await expect(table).toContainText('Team maturity');
  await expect(table.locator('tr', { hasText: 'Team maturity' })).toContainText('Deferred');
  await expect(table.locator('tr', { hasText: 'Team maturity' })).toContainText('Decided');
  // Q4 did not take up the budget decision: not taking it up is no reversal, so it is not listed.
  await expect(table).not.toContainText('Budget');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('combobox', { name: 'Session' }).selectOption({ index: 1 });
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  const audit = page.getByRole('dialog');
  // Moves from item to item are in the trail too (session.resumed); the session's changes are three.
  const changes = audit.locator('tbody tr:not([data-event-type="session.resumed"])');
  await expect(changes).toHaveCount(3);
  // Every change names who made it: the facilitator, as the session was started.
  for (const row of await audit.locator('tbody tr').all()) await expect(row.locator('td').nth(1)).toHaveText('Anouk');
  // On the room's 1280x720 screen, when, who and what are read whole (item and details may be cut, with a tooltip).
  await page.setViewportSize({ width: 1280, height: 720 });
  const cutOff = await audit
    .locator('tbody td:nth-child(-n+3)')
    .evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
    );
  expect(cutOff).toEqual([]);
  await audit.getByLabel('Show changes to').selectOption('team_maturity_vs_cilium');
  await expect(audit.locator('tbody tr')).toHaveCount(1);
  await expect(audit.locator('tbody tr')).toContainText('Outcome recorded');
  await expect(audit.locator('tbody tr')).toContainText('Status: Open → Deferred; Rationale: — → Wait');
});

test('a session exported as a file comes back in another data folder, and settings show where data lives', async ({
  page,
}, testInfo) => {
  host = await startFreshHost();
  await open(page, host.url);
  await newSession(page, 'Exported review', 'Anouk, Bram');
  await decide(page, 'team_maturity_vs_cilium', 'decided', 'Agreed <in the room>');
  await page.getByRole('button', { name: 'Sessions…' }).click();
  const download = page.waitForEvent('download');
  await sessionRow(page, 'Exported review').getByRole('button', { name: 'Export as file' }).click();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'session.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'boardwalk-session',
    session: { title: 'Exported review' },
  });
  await host.stop();

  host = await startFreshHost();
  const otherDir = host.dataDir;
  await open(page, host.url);
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await page.getByLabel('Import a session file (JSON)').setInputFiles(file);
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('Exported review');
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.getByLabel('Rationale', { exact: true })).toHaveValue('Agreed <in the room>');

  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog')).toContainText(otherDir);
});

test('a broken session file is refused in the language of the screen, naming the file and where, and changes nothing', async ({
  page,
}, testInfo) => {
  host = await startFreshHost();
  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Bord' }).selectOption(BOARD);
  await page.getByRole('button', { name: 'Sessies…' }).click();
  const sessionsBefore = await page.locator('.session-row').count();
  mkdirSync(testInfo.outputDir, { recursive: true });
  const notJson = join(testInfo.outputDir, 'kapot-sessie.json');
  writeFileSync(notJson, '{ "format": "boardwalk-session", ');
  await page.getByLabel('Een sessiebestand importeren (JSON)').setInputFiles(notJson);
  // The file's name is a bidi isolate inside the sentence, as every value from a user is.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Het bestand \u2068kapot-sessie.json\u2069 is geen sessiebestand: het is geen JSON.',
  );
  await expect(alert).toContainText('Er is niets geïmporteerd.');

  const notASession = join(testInfo.outputDir, 'boodschappen.json');
  writeFileSync(notASession, JSON.stringify({ format: 'boardwalk-session', version: 1, items: ['melk'] }));
  await page.getByLabel('Een sessiebestand importeren (JSON)').setInputFiles(notASession);
  await expect(alert).toContainText('Het bestand \u2068boodschappen.json\u2069 is geen Boardwalk-sessiebestand');
  await expect(alert).toContainText('Waar: ');
  await expect(alert).toContainText('session: ');

  // The message is kept as a reason, so it follows the language when it is switched.
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(alert).toContainText(
    'The file \u2068boodschappen.json\u2069 is not a Boardwalk session file; nothing was imported.',
  );
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await expect(page.locator('.session-row')).toHaveCount(sessionsBefore);
});

test('a name typed twice and an overlong title still start the session, where the back end would refuse them', async ({
  page,
}) => {
  host = await startFreshHost();
  await open(page, host.url);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByLabel('Title').fill('Q'.repeat(250));
  await expect(page.getByLabel('Title')).toHaveValue('Q'.repeat(200));
  await page.getByLabel('Facilitator').fill('Anouk');
  await page.getByLabel('Participants (comma-separated)').fill('Bram, Chris, bram');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText('QQQQ');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await showMoreFields(page);
  await expect(page.getByRole('combobox', { name: /^(Bram|bram|Chris)$/ })).toHaveCount(2);
});

test('moving to another item keeps what was typed as a draft, so nothing is lost', async ({ page }) => {
  host = await startFreshHost();
  await open(page, host.url);
  await newSession(page, 'Hasty facilitator');
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await page.getByLabel('Rationale', { exact: true }).fill('Typed but never saved by hand');
  await expect(page.getByTestId('draft-state')).toHaveText(/^(Keeping the draft…|Draft kept, not recorded yet)$/);
  await page.locator('[data-item-id="budget_vs_managed_services"]').click();
  await page.reload();
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.getByLabel('Rationale', { exact: true })).toHaveValue('Typed but never saved by hand');
});

test('odd text from a user is shown as text everywhere and never runs', async ({ page }) => {
  host = await startFreshHost();
  await open(page, host.url);
  const odd = `<img src=x onerror="window.__ran=1"> “quotes” & émoji 🚀 שלום`;
  await newSession(page, `<script>window.__ran=1</script> review`);
  await decide(page, 'team_maturity_vs_cilium', 'decided', odd);
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await expect(page.getByRole('dialog').locator('tbody')).toContainText(
    `Status: Open → Decided; Rationale: — → ${odd}`,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await expect(page.getByRole('dialog')).toContainText('<script>window.__ran=1</script> review');
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
