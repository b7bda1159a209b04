import { expect, test, type Page } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import { agendaOrder, boardItems, openApp, seriousViolations, startSession, type BoardItem } from './room.ts';

/** The projector in the meeting at 1280x720: what was recorded, a screen that fits and keeps still, its language, the read-back. */

let host: RunningHost;
test.afterEach(async () => host?.stop());

const SCREEN = { width: 1280, height: 720 };

/** Whether everything on the room's screen lies within 1280x720: nothing below the fold, nothing beside it. */
function fitsTheScreen(presenter: Page) {
  return presenter.evaluate(
    () =>
      document.documentElement.scrollHeight <= window.innerHeight &&
      document.documentElement.scrollWidth <= window.innerWidth,
  );
}

async function recordDecision(page: Page, item: BoardItem, owner: string, due: string) {
  await page.locator(`.agenda-list [data-item-id="${item.id}"]`).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Besloten' }).check();
  await page.getByRole('group', { name: 'Gekozen optie' }).locator(`input[value="${item.options[1]!.id}"]`).check();
  await page.getByLabel('Eigenaar', { exact: true }).fill(owner);
  await page.getByLabel('Uiterste datum', { exact: true }).fill(due);
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
}

test('after recording, the projector shows the chosen option, owner and due date, fits 1280x720, keeps still as the clock runs and speaks the session language', async ({
  browser,
}) => {
  // Four axe runs and two screens on a shared 2-core machine: the default 90 s is too short.
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Kwartaalreview', 'Anouk, Bram');
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Presentatieweergave' }).click();
  const presenter = await opened;
  await presenter.setViewportSize(SCREEN);

  const items = new Map((await boardItems(page)).map((item) => [item.id, item]));
  const order = await agendaOrder(page);
  const item = order.map((id) => items.get(id)!).find((candidate) => candidate.options.length >= 2)!;
  await recordDecision(page, item, 'Bram de Wit', '15-01-2027');
  await expect(presenter.locator('#presenter-title')).toHaveText(item.title.nl);
  const recorded = presenter.locator('.presenter-recorded');
  await expect(recorded).toContainText('Besloten');
  await expect(recorded.locator('.presenter-recorded-option')).toHaveText(item.options[1]!.label.nl);
  await expect(recorded.locator('.presenter-recorded-owner')).toHaveText('Bram de Wit');
  await expect(recorded.locator('.presenter-recorded-due')).toHaveText('15 januari 2027');
  expect(await fitsTheScreen(presenter)).toBe(true);
  expect(await seriousViolations(presenter)).toEqual([]);

  // The clock runs: digits of one width in a box of a fixed width, so nothing on the screen moves.
  await page.getByRole('button', { name: 'Tijdvak starten' }).click();
  const clock = presenter.locator('.presenter-clock');
  await expect(presenter.locator('.presenter-timer')).toHaveAttribute('data-running', 'true');
  expect(await clock.evaluate((element) => getComputedStyle(element).fontVariantNumeric)).toBe('tabular-nums');
  const places = () =>
    presenter.evaluate(() =>
      ['.presenter-clock', '.presenter-timer', '#presenter-title', '.presenter-recorded'].map((selector) =>
        JSON.stringify(document.querySelector(selector)!.getBoundingClientRect()),
      ),
    );
  const before = { text: await clock.textContent(), places: await places() };
  await expect(clock).not.toHaveText(before.text!, { timeout: 3_000 });
  expect(await places()).toEqual(before.places);

  // The facilitator's own screen goes English; the room's screen stays in the session's Dutch,
  // also on the next item (which shows the state sent after the switch has arrived).
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.keyboard.press('Alt+PageDown');
  const next = items.get(order[order.indexOf(item.id) + 1]!)!;
  await expect(presenter.locator('#presenter-title')).toHaveText(next.title.nl);
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'nl');
  // Changed on the projector itself, it stays so.
  await presenter.getByRole('group', { name: 'Taal van dit scherm' }).getByRole('button', { name: 'EN' }).click();
  await expect(presenter.locator('#presenter-title')).toHaveText(next.title.en);
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'en');
  expect(await fitsTheScreen(presenter)).toBe(true);
  await context.close();
});

test('the read-back lists decisions and actions on the facilitator screen, the projector and paper, with no WCAG problems in either language', async ({
  browser,
}) => {
  // Four axe runs and two screens on a shared 2-core machine: the default 90 s is too short.
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Afsluiting', 'Anouk, Bram');
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Presentatieweergave' }).click();
  const presenter = await opened;
  await presenter.setViewportSize(SCREEN);
  const items = new Map((await boardItems(page)).map((item) => [item.id, item]));
  const item = (await agendaOrder(page))
    .map((id) => items.get(id)!)
    .find((candidate) => candidate.options.length >= 2)!;
  await recordDecision(page, item, 'Anouk', '01-03-2027');

  await page.getByRole('button', { name: 'Meer…' }).click();
  await page.getByRole('button', { name: 'Teruglezen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Teruglezen van de vergadering' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: /Genomen besluiten/ })).toContainText(item.title.nl);
  await expect(dialog.getByRole('region', { name: /Genomen besluiten/ })).toContainText(item.options[1]!.label.nl);
  const action = dialog.locator(`tr[data-item-id="${item.id}"]`);
  await expect(action).toContainText('Anouk');
  await expect(action).toContainText('1 maart 2027');
  expect(await seriousViolations(page)).toEqual([]);

  await expect(presenter.getByRole('heading', { name: 'Teruglezen van de vergadering' })).toBeVisible();
  await expect(presenter.locator(`.read-back tr[data-item-id="${item.id}"]`)).toContainText('Anouk');
  expect(await fitsTheScreen(presenter)).toBe(true);
  expect(await seriousViolations(presenter)).toEqual([]);

  // Printed, the page is the read-back alone.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await dialog.getByRole('button', { name: 'Afdrukken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(dialog.getByRole('heading', { name: 'Teruglezen van de vergadering' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // In English, on both screens.
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: 'More…' }).click();
  await page.getByRole('button', { name: 'Read back' }).click();
  await expect(page.getByRole('dialog', { name: 'Read-back of the meeting' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await presenter.getByRole('group', { name: 'Taal van dit scherm' }).getByRole('button', { name: 'EN' }).click();
  await expect(presenter.getByRole('heading', { name: 'Read-back of the meeting' })).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);
  await context.close();
});

test('a presenter view opened without its token says how to open it, not that the app restarted', async ({
  browser,
}) => {
  host = await startFreshHost();
  const context = await browser.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  await page.goto(`${host.origin}/?view=presenter`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Dit scherm heeft het adres uit Boardwalk nodig' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('?view=presenter');
  await expect(page.getByText('Boardwalk is opnieuw gestart')).toHaveCount(0);
  await context.close();
});
