import { expect, test } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import { agendaOrder, boardItems, openApp, seriousViolations, showMoreFields, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

test('a second page in presenter mode follows the facilitator to the next item within a second, with votes and time box, in the session language', async ({
  browser,
}) => {
  // axe needs pages from a context of its own.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Met projector', 'Anouk, Bram');

  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Presentatieweergave' }).click();
  const presenter = await opened;
  await expect(presenter.getByText('De gespreksleider heeft nog geen punt gekozen.')).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);

  const items = new Map((await boardItems(page)).map((item) => [item.id, item]));
  const order = await agendaOrder(page);
  const first = items.get(order[0]!)!;
  const second = items.get(order[1]!)!;
  await page.keyboard.press('n');
  await expect(presenter.locator('#presenter-title')).toHaveText(first.title.nl);

  // The facilitator moves on; the room's screen is there within a second.
  await page.keyboard.press('Alt+PageDown');
  await expect(page.locator('#item-title')).toHaveText(second.title.nl);
  await expect(presenter.locator('#presenter-title')).toHaveText(second.title.nl, { timeout: 1_000 });

  // Votes cast on the facilitator's screen are tallied on both, with names.
  const option = second.options[0]!;
  await showMoreFields(page);
  await page.getByRole('combobox', { name: 'Bram' }).selectOption(option.id);
  await expect(page.locator(`.outcome-form .vote-tally[data-option-id="${option.id}"]`)).toHaveText('1 stem: Bram');
  await expect(presenter.locator(`.vote-tally[data-option-id="${option.id}"]`)).toHaveText('1 stem: Bram', {
    timeout: 1_000,
  });
  await page.getByRole('combobox', { name: 'Anouk' }).selectOption(option.id);
  await expect(presenter.locator(`.vote-tally[data-option-id="${option.id}"]`)).toHaveText('2 stemmen: Anouk, Bram');

  // The time box runs on the room's screen too, and pauses with the facilitator's.
  await page.getByRole('button', { name: 'Tijdvak starten' }).click();
  const clock = presenter.locator('.presenter-clock');
  await expect(presenter.locator('.presenter-timer')).toHaveAttribute('data-running', 'true');
  const before = await clock.textContent();
  await expect(clock).not.toHaveText(before!, { timeout: 3_000 });
  await page.getByRole('button', { name: 'Pauzeren' }).click();
  await expect(presenter.locator('.presenter-timer')).toHaveAttribute('data-running', 'false');
  await expect(presenter.locator('.presenter-timer')).toContainText('Gepauzeerd');
  expect(await seriousViolations(presenter)).toEqual([]);

  // The facilitator's own screen switches language; the room's screen keeps the session's until
  // it is switched there.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('#item-title')).toHaveText(second.title.en);
  await expect(presenter.locator('#presenter-title')).toHaveText(second.title.nl);
  await presenter.getByRole('group', { name: 'Taal van dit scherm' }).getByRole('button', { name: 'EN' }).click();
  await expect(presenter.locator('#presenter-title')).toHaveText(second.title.en, { timeout: 1_000 });
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'en');
  await expect(presenter.locator(`.vote-tally[data-option-id="${option.id}"]`)).toHaveText('2 votes: Anouk, Bram');
  await expect(presenter.getByRole('button', { name: 'Full screen' })).toBeVisible();
  expect(await seriousViolations(presenter)).toEqual([]);
  await context.close();
});

test('a presenter tab opened by hand with the token finds where the room already is', async ({ page, context }) => {
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Later erbij', '');
  await page.keyboard.press('n');
  await page.keyboard.press('Alt+PageDown');
  const order = await agendaOrder(page);
  const items = new Map((await boardItems(page)).map((item) => [item.id, item]));
  const late = await context.newPage();
  await late.goto(host.url.replace('/#code=', '/?view=presenter#code='));
  await expect(late.locator('#presenter-title')).toHaveText(items.get(order[1]!)!.title.nl);
});
