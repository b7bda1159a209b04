import { expect, test } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import {
  agendaOrder,
  boardItems,
  currentAgendaItem,
  focusIsOnFirstField,
  openApp,
  seriousViolations,
  showMoreFields,
  startSession,
} from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

test('switching the language mid-walkthrough changes every label and the date format, and the walk goes on', async ({
  page,
}) => {
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Tweetalig', 'Anouk, Bram');
  await page.keyboard.press('n');
  await expect(page.locator('#item-title')).toBeFocused();
  await page.keyboard.press('o');
  await expect.poll(() => focusIsOnFirstField(page)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await showMoreFields(page);
  await page.getByLabel('Herzieningsdatum').fill('31-12-2026');
  await expect(page.getByLabel('Herzieningsdatum')).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.save-state')).toHaveText(/^Opgeslagen om/);
  await expect(page.getByTestId('agenda-progress')).toContainText('1 van');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Review date')).toHaveValue('31/12/2026');
  await expect(page.getByLabel('Review date')).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expect(page.getByTestId('agenda-progress')).toHaveText(/^1 of \d+ decided, 0 deferred$/);
  await expect(page.locator('.save-state')).toHaveText(/^Saved at/);
  await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start time box' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Chosen option' })).toBeVisible();
  const first = (await agendaOrder(page))[0]!;
  await expect(page.locator(`.agenda-list [data-item-id="${first}"]`)).toContainText('Decided');

  // The walk goes on in English, by keys that work inside a field too.
  await page.getByLabel('Review date').focus();
  await page.keyboard.press('Alt+PageDown');
  const order = await agendaOrder(page);
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[1]!);
  await page.keyboard.press('o');
  await expect.poll(() => focusIsOnFirstField(page)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.save-state')).toHaveText(/^Saved at/);
  await expect(page.getByTestId('agenda-progress')).toHaveText(/^1 of \d+ decided, 1 deferred$/);
  // A date that is not one is said so in the language on screen, and nothing is saved with it.
  await page.getByLabel('Due date').fill('31/02/2027');
  await expect(page.getByText('Not a date: write it as dd/mm/yyyy')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save outcome' })).toBeDisabled();
});

test('at 1280x720 every field of the outcome form with the longest option label is on screen or reached by scrolling its column, by mouse and keyboard', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Smal scherm', 'Anouk, Bram, Chris');
  const items = await boardItems(page);
  const longest = items
    .flatMap((item) => item.options.map((option) => ({ item, length: option.label.nl.length })))
    .sort((a, b) => b.length - a.length)[0]!.item;
  const agendaItem = page.locator(`.agenda-list [data-item-id="${longest.id}"]`);
  await agendaItem.scrollIntoViewIfNeeded();
  await agendaItem.click();
  await expect(page.locator('#item-title')).toHaveText(longest.title.nl);

  // The header is compact, and nothing in the item's column is wider than the column.
  expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(100);
  const column = page.locator('.detail');
  const overflow = await column.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const columnBox = (await column.boundingBox())!;
  await showMoreFields(page);

  const controls = page.locator('.outcome-form').locator('select, input, textarea, button');
  const count = await controls.count();
  expect(count).toBeGreaterThan(8);
  for (let index = 0; index < count; index++) {
    const control = controls.nth(index);
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    const where = `${await control.evaluate((element) => element.outerHTML.slice(0, 80))}`;
    expect(box.x, where).toBeGreaterThanOrEqual(columnBox.x);
    expect(box.x + box.width, where).toBeLessThanOrEqual(Math.min(1280, columnBox.x + columnBox.width) + 0.5);
    expect(box.y, where).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, where).toBeLessThanOrEqual(720 + 0.5);
  }
  // The form can be reached and saved by mouse at the bottom of the column.
  await page.getByLabel('Notities').fill('Gelezen op een smal scherm');
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.locator('.save-state')).toHaveText(/^Opgeslagen om/);

  // By keyboard: Tab reaches every field (a radio group once; its arrow keys reach each option).
  await page.locator('.status-choice input:checked').focus();
  const reached = new Set<string>();
  for (let step = 0; step < 60; step++) {
    const inForm = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.closest('.outcome-form')) return null;
      active.dataset.reached = 'yes';
      return active.getAttribute('name') ?? active.id ?? active.textContent;
    });
    if (inForm === null) break;
    reached.add(inForm);
    await page.keyboard.press('Tab');
  }
  const unreached = await page
    .locator('.outcome-form')
    .locator('select, input:not([type="radio"]), textarea')
    .evaluateAll((elements) => elements.filter((element) => !(element as HTMLElement).dataset.reached).length);
  expect(unreached).toBe(0);
  const radios = page.locator('.chosen-option input[type="radio"]');
  await radios.first().focus();
  const radioCount = await radios.count();
  expect(radioCount).toBe(longest.options.length + 1);
  for (let index = 1; index < radioCount; index++) {
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(index)).toBeFocused();
  }
  await context.close();
});

test('the walkthrough passes the WCAG 2.1 AA checks in Dutch and in English', async ({ browser }) => {
  // Four axe runs on a 2-core machine shared with the host: a budget, not a speed target.
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Toegankelijk', 'Anouk, Bram');
  await page.keyboard.press('n');
  await page.keyboard.press('t');
  await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'true');
  await page.getByRole('button', { name: 'Ordenen' }).click();
  await showMoreFields(page);
  await page.getByRole('combobox', { name: 'Bram' }).selectOption({ index: 1 });
  await expect(page.locator('.vote-tally[data-votes="1"]')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(sheet).toBeVisible();
  // Every keycap names its key in Dutch: arrows as arrows, the space bar as "Spatie", none left blank.
  const keycaps = await sheet.locator('kbd kbd').allInnerTexts();
  expect(keycaps).toEqual(expect.arrayContaining(['←', '→', 'Spatie', 'Ctrl']));
  expect(keycaps.filter((keycap) => keycap.trim() === '' || /Arrow|Control/.test(keycap))).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Shortcuts (?)' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('the decision tree names each recommendation once and keeps the chosen context with the session', async ({
  page,
}) => {
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Met context', '');
  await page.getByRole('button', { name: 'Meer…' }).click();
  await page.getByRole('button', { name: 'Beslisboom…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('wordt bij deze sessie bewaard');
  // Two rules recommend Argo CD (for an audit trail, and for self-service): one recommendation.
  await dialog.getByLabel('Audittrail vereist').selectOption('yes');
  await dialog.getByLabel('Self-service vereist').selectOption('yes');
  await expect(dialog.locator('.recommendation-list > li')).toHaveCount(1);
  await expect(dialog.locator('.recommendation-list > li strong')).toHaveText('Argo CD');
  await expect(dialog.getByRole('heading', { name: 'Aanbevelingen die hieruit volgen (1)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Ordenen' })).toBeVisible();
  await page.getByRole('button', { name: 'Meer…' }).click();
  await page.getByRole('button', { name: 'Beslisboom…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Audittrail vereist')).toHaveValue('yes');
  await expect(page.getByRole('dialog').getByLabel('Self-service vereist')).toHaveValue('yes');
  await expect(page.getByRole('dialog').locator('.recommendation-list > li')).toHaveCount(1);
});

test('the agenda is one Tab stop that arrow keys move through, and Enter opens an item', async ({ page }) => {
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Pijltjes', '');
  const order = await agendaOrder(page);
  await page.keyboard.press('a');
  await expect(page.locator(`.agenda-list [data-item-id="${order[0]}"]`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`.agenda-list [data-item-id="${order[2]}"]`)).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator(`.agenda-list [data-item-id="${order.at(-1)}"]`)).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[1]!);
  // Tab leaves the list at once: one stop, not one per item.
  await page.locator(`.agenda-list [data-item-id="${order[1]}"]`).focus();
  await page.keyboard.press('Tab');
  const stillInList = await page.evaluate(() => Boolean(document.activeElement?.closest('.agenda-list')));
  expect(stillInList).toBe(false);
});
