import { expect, test, type Page } from '@playwright/test';
import { commandList, type CommandId } from '../renderer/src/commands/table.ts';
import { apiCall } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { agendaOrder, currentAgendaItem, openApp, seriousViolations, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());
test.use({ viewport: { width: 1280, height: 720 } });
// Many steps on a 2-core machine shared with the host: a budget, not a speed target.
test.describe.configure({ timeout: 240_000 });

/** Every single-letter key the app advertises, from the one command table. */
const LETTER_COMMANDS = commandList().flatMap((command) =>
  command.keys.filter((key) => /^[a-z]$/i.test(key)).map((key) => ({ id: command.id, key: key.toLowerCase() })),
);

interface Opened {
  page: Page;
  order: string[];
  /** Index in the agenda of the item opened. */
  at: number;
}

/** What each letter is advertised to do, checked after pressing it on a freshly opened item. */
const DOES: Partial<Record<CommandId, (opened: Opened) => Promise<void>>> = {
  nextItem: async ({ page, order, at }) =>
    expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at + 1]!),
  previousItem: async ({ page, order, at }) =>
    expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at - 1]!),
  // Nothing is decided yet: the next undecided item is the next one.
  nextUndecided: async ({ page, order, at }) =>
    expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at + 1]!),
  focusAgenda: async ({ page, order, at }) =>
    expect(page.locator(`.agenda-list [data-item-id="${order[at]}"]`)).toBeFocused(),
  focusOutcome: async ({ page }) =>
    expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.outcome-form')))).toBe(true),
  timerStartPause: async ({ page }) => expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'true'),
  // The presenter view opens beside the app (its own window in a browser); checked where the key is pressed.
  presenter: async () => {},
  // The graph over the agenda and the item, the keyboard on its button to go back; back is checked where the key is pressed.
  graphLarge: async ({ page }) => {
    await expect(page.locator('.workspace.graph-large > .graph')).toBeVisible();
    await expect(page.locator('.graph .graph-large-toggle')).toBeFocused();
    await expect(page.locator('.workspace.graph-large > .detail')).toBeHidden();
  },
};

/** Every field of the outcome form, as the page shows it. */
async function formFields(page: Page): Promise<string[]> {
  return page
    .locator('.outcome-form')
    .locator('input, textarea, select')
    .evaluateAll((fields) =>
      fields.map((field) => {
        const input = field as HTMLInputElement;
        return input.type === 'radio' || input.type === 'checkbox' ? `${input.value}:${input.checked}` : input.value;
      }),
    );
}

/** Opens the item at `at` as the room does: from the one before it, with the next-item key. */
async function openFreshly(page: Page, order: string[], at: number): Promise<void> {
  await page.locator(`.agenda-list [data-item-id="${order[at - 1]}"]`).click();
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at - 1]!);
  await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at]!);
  await expect(page.locator('#item-title')).toBeFocused();
}

async function nothingEntered(page: Page, sessionId: string): Promise<void> {
  const work = await apiCall(page, 'drafts.list', { sessionId });
  expect(work.drafts).toEqual([]);
  expect(await apiCall(page, 'outcomes.list', { sessionId })).toEqual([]);
  await expect(page.getByTestId('draft-mark')).toHaveCount(0);
}

test('every advertised letter key, pressed on a freshly opened item, leaves every field as it was and does what it says', async ({
  page,
  context,
}) => {
  expect(LETTER_COMMANDS.map((command) => command.key).sort()).toEqual(['a', 'g', 'n', 'o', 'p', 't', 'u', 'v']);
  host = await startHost(freshDataDir());
  await openApp(page, host.url);
  await startSession(page, 'Toetsen', 'Anouk, Bram');
  const sessionId = await page.getByRole('combobox', { name: 'Sessie' }).inputValue();
  const order = await agendaOrder(page);
  const at = 2;

  for (const { id, key } of LETTER_COMMANDS) {
    const check = DOES[id];
    expect(check, `what ${key} (${id}) does is checked`).toBeDefined();
    for (const focus of ['where opening the item puts it', 'in the status field'] as const) {
      await test.step(`${key} (${id}), the focus ${focus}`, async () => {
        await openFreshly(page, order, at);
        if (focus === 'in the status field') {
          await page.keyboard.press('o');
          await expect(page.locator('.status-choice input:checked')).toBeFocused();
        }
        const before = await formFields(page);
        const presenter = id === 'presenter' ? context.waitForEvent('page') : undefined;
        await page.keyboard.press(key);
        if (presenter) await (await presenter).close();
        await check!({ page, order, at });
        // Every field unchanged: nothing entered on any item, nothing recorded.
        await nothingEntered(page, sessionId);
        if (['focusAgenda', 'focusOutcome', 'timerStartPause', 'presenter', 'graphLarge'].includes(id)) {
          await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at]!);
          expect(await formFields(page)).toEqual(before);
        }
        if (id === 'timerStartPause') await page.keyboard.press('t');
        if (id === 'graphLarge') {
          // G again brings it back, the keyboard where it was when G was pressed.
          await page.keyboard.press('g');
          await expect(page.locator('.workspace.graph-large')).toHaveCount(0);
          await expect(
            page.locator(focus === 'in the status field' ? '.status-choice input:checked' : '#item-title'),
          ).toBeFocused();
        }
        await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'false');
      });
    }
  }
});

/** Whether an element lies wholly inside the window (1280x720), so it is read without scrolling. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    });
}

test('an opened item is read whole at 1280x720 beside the fields being filled in, the agenda keeps it in view, and axe finds nothing in either language', async ({
  page,
}) => {
  host = await startHost(freshDataDir());
  await openApp(page, host.url);
  await startSession(page, 'Leesbaar', 'Anouk, Bram');
  const order = await agendaOrder(page);
  // The second item of the webshop board has a summary, options and the source's recommendation.
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[1]!);
  for (const part of [
    '#item-title',
    '.item-text .item-section:has(> h4:text-is("Samenvatting"))',
    '.item-text .option-list',
    '.item-text .item-section:has(> h4:text-is("Aanbeveling"))',
    '.status-choice',
    '.chosen-option',
    '.outcome-form textarea',
    '.outcome-row',
    '.outcome-actions button[type="submit"]',
  ])
    expect(await inView(page, part), part).toBe(true);
  expect(await page.locator('.detail').evaluate((pane) => pane.scrollTop)).toBe(0);

  // Twenty items on, the agenda still shows the item under discussion.
  for (let step = 0; step < 20; step++) await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[21]!);
  await expect
    .poll(() =>
      currentAgendaItem(page).evaluate((row) => {
        const list = row.closest('.agenda')!.getBoundingClientRect();
        const box = row.getBoundingClientRect();
        // Scrolled into view to the nearest edge, which may land a fraction of a pixel off.
        return box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
      }),
    )
    .toBe(true);

  expect(await seriousViolations(page)).toEqual([]);

  // The shortcut sheet opens at its top; the graph's filter panel closes with Escape.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(sheet.getByRole('heading', { name: 'Sneltoetsen' })).toBeFocused();
  expect(await sheet.evaluate((dialog) => dialog.scrollTop)).toBe(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.locator('.graph-filters-panel')).toBeVisible();
  await page.locator('.graph-filters-panel select').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.graph-filters-panel')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('#outcome-heading')).toContainText('Outcome');
  expect(await seriousViolations(page)).toEqual([]);
});
