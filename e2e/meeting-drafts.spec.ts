import { expect, test, type Page } from '@playwright/test';
import { apiCall } from './api.ts';
import { startHost, startFreshHost, type RunningHost } from './host.ts';
import { agendaOrder, currentAgendaItem, openApp, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());
test.use({ viewport: { width: 1280, height: 720 } });
// Two hosts started and three page loads on a 2-core machine: a budget, not a speed target.
test.describe.configure({ timeout: 240_000 });

const RATIONALE = 'Eerst de exitstrategie uitwerken';
const OWNER = 'Bram';

/** The outcome form as the facilitator left it: status, rationale, owner, and that it is a draft. */
async function expectTheDraft(page: Page, itemId: string): Promise<void> {
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', itemId);
  await expect(page.getByRole('radio', { name: 'Uitgesteld' })).toBeChecked();
  await expect(page.getByLabel('Onderbouwing')).toHaveValue(RATIONALE);
  await expect(page.getByRole('textbox', { name: 'Eigenaar' })).toHaveValue(OWNER);
  await expect(page.getByTestId('draft-state')).toHaveText('Concept bewaard, nog niet vastgelegd');
  await expect(page.locator(`.agenda-list [data-item-id="${itemId}"] [data-testid="draft-mark"]`)).toHaveText(
    'Concept',
  );
}

test('what the facilitator enters is kept as a draft through a reload and a restart of the host, and only recording makes it the outcome', async ({
  page,
}) => {
  host = await startFreshHost();
  const dataDir = host.dataDir;
  const port = Number(new URL(host.url).port);
  await openApp(page, host.url);
  await startSession(page, 'Concepten', 'Anouk, Bram');
  const sessionId = await page.getByRole('combobox', { name: 'Sessie' }).inputValue();
  const [first, second] = await agendaOrder(page);
  await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', first!);

  await page.getByRole('radio', { name: 'Uitgesteld' }).check();
  await page.getByLabel('Onderbouwing').fill(RATIONALE);
  await page.getByRole('textbox', { name: 'Eigenaar' }).fill(OWNER);
  // The time box: a custom length, and the clock running.
  await page.getByLabel('Minuten').fill('7');
  await page.getByRole('button', { name: 'Tijdvak starten' }).click();
  await expectTheDraft(page, first!);
  await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'true');

  await page.reload();
  await expectTheDraft(page, first!);
  await expect(page.getByLabel('Minuten')).toHaveValue('7');
  await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'true');

  // The host restarts on the same address: a restart ends every browser session, so the tab opens
  // the app again with the fresh address it prints; the draft comes back from the database.
  await host.stop();
  host = await startHost(dataDir, host.token, port);
  // The fresh address changes only this tab's hash: the app trades the new code and loads itself
  // again, so the draft is read from the new page, not from the one left from before the restart.
  await Promise.all([page.waitForEvent('load'), page.goto(host.url)]);
  await expectTheDraft(page, first!);
  await expect(page.getByLabel('Minuten')).toHaveValue('7');

  // Moving on records nothing: the draft stays a draft, marked in the agenda.
  await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', second!);
  await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'false');
  expect(await apiCall(page, 'outcomes.list', { sessionId })).toEqual(
    // Only the time the clock ran is booked to the item left; its fields stay as they were.
    [expect.objectContaining({ itemId: first, status: 'open', rationale: '', owner: '' })],
  );
  await expect(page.locator(`.agenda-list [data-item-id="${first}"] [data-testid="draft-mark"]`)).toBeVisible();

  // Recording makes the draft the outcome, with its audit event, and the marker goes.
  await page.keyboard.press('p');
  await expectTheDraft(page, first!);
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByTestId('draft-state')).toHaveText(/^Opgeslagen om/);
  await expect(page.getByTestId('draft-mark')).toHaveCount(0);
  const [outcome] = await apiCall(page, 'outcomes.list', {
    sessionId,
  });
  expect(outcome).toMatchObject({ status: 'deferred', rationale: RATIONALE, owner: OWNER });
  const events = await apiCall(page, 'events.list', { sessionId });
  expect(events.filter((event) => event.type === 'outcome.recorded')).toHaveLength(1);
  expect((await apiCall(page, 'drafts.list', { sessionId })).drafts).toEqual([]);
});
