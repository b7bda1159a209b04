import { expect, test } from '@playwright/test';
import { freshDataDir, startHost, startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH, openApp, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

test('a tab left open while the host restarted says so in the UI language, how to open the app again, and takes no input', async ({
  page,
  context,
}) => {
  const dataDir = freshDataDir();
  host = await startHost(dataDir, 'before-the-restart');
  const port = Number(new URL(host.url).port);
  await openApp(page, host.url);
  await startSession(page, 'Voor de herstart', 'Anouk');
  await page.keyboard.press('n');
  const presenter = await context.newPage();
  await presenter.goto(host.url.replace('/#code=', '/?view=presenter#code='));
  await expect(presenter.locator('#presenter-title')).toBeVisible();

  // The host restarts on the same address with a new token, as `npm run serve` does.
  await host.stop();
  host = await startHost(dataDir, 'after-the-restart', port);

  // The next change from the old tab (the draft kept as it is entered) is refused: the tab says what
  // happened instead of "wrong token".
  await page.getByRole('radio', { name: 'Besloten' }).check();
  const notice = page.getByRole('alert').filter({ hasText: 'Boardwalk is opnieuw gestart' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('terminal');
  await expect(notice).toContainText('#code=');
  await expect(page.getByText(/token/i).filter({ hasText: /Missing or wrong token/ })).toHaveCount(0);
  await expect(page.locator('.app')).toHaveAttribute('inert', '');
  // Keys do nothing either: no item change, no shortcut sheet.
  const before = await page.locator('.agenda-list [aria-current="true"]').getAttribute('data-item-id');
  await page.keyboard.press('n');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.locator('.agenda-list [aria-current="true"]').getAttribute('data-item-id')).toBe(before);

  // The room's screen notices by itself, from its event stream.
  await expect(presenter.getByRole('alert').filter({ hasText: 'Boardwalk is opnieuw gestart' })).toBeVisible();

  // A reload of the stale tab keeps its old cookie: still the notice, never "no boards".
  await page.evaluate(() => localStorage.setItem('boardwalk.language', 'en'));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Boardwalk was restarted' })).toBeVisible();
  await expect(page.getByText('No boards are available.')).toHaveCount(0);

  // The new address, pasted into the same tab, works as always.
  await page.goto(host.url);
  await expect(page.getByRole('alert').filter({ hasText: 'Boardwalk was restarted' })).toHaveCount(0);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
});

test('a change made while the app is not running says in the UI language that it cannot be reached, and is not shown as saved', async ({
  page,
}) => {
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Zonder app', 'Anouk');
  await page.keyboard.press('n');
  await host.stop();

  await page.getByRole('radio', { name: 'Besloten' }).check();
  await expect(page.getByRole('alert')).toContainText('Boardwalk is niet bereikbaar; draait het nog?');
  await page.locator('.outcome-form').getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Boardwalk is niet bereikbaar; draait het nog?');
  await expect(page.getByText(/^Opgeslagen om/)).toHaveCount(0);
  await expect(page.getByTestId('draft-state')).toHaveText('Concept wordt bewaard…');
});
