import { expect, test } from '@playwright/test';
import { apiCall } from './api.ts';
import { startFreshHost, type RunningHost } from './host.ts';
import { boardItems, openApp, seriousViolations, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());
test.use({ viewport: { width: 1280, height: 720 } });

interface PlannedItem {
  id: string;
  kind: string;
  blocking?: boolean;
  severity?: string;
}

const DEFAULT_MINUTES: Record<string, number> = { 'open-question': 5, risk: 8 };

test('a 90-minute plan built from the blocking questions and high risks, its total shown, the rest one action away', async ({
  page,
}) => {
  // A long walk on a 2-core machine shared with the host: a budget, not a speed target.
  test.setTimeout(240_000);
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Kwartaalreview', 'Anouk, Bram');
  const sessionId = await page.getByRole('combobox', { name: 'Sessie' }).inputValue();
  const items = (await boardItems(page)) as unknown as PlannedItem[];
  const picked = items.filter(
    (item) =>
      (item.kind === 'open-question' && item.blocking) ||
      (item.kind === 'risk' && (item.severity === 'high' || item.severity === 'critical')),
  );
  expect(picked.length).toBeGreaterThan(3);

  await page.getByRole('button', { name: 'Vergaderplan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vergaderplan' });
  await expect(dialog.getByLabel('Duur van de vergadering (minuten)')).toHaveValue('90');
  await dialog.getByLabel('Blokkerende vragen').check();
  await dialog.getByLabel("Hoge en kritieke risico's").check();
  await dialog.getByRole('button', { name: 'Deze op de agenda van vandaag zetten' }).click();

  const rows = dialog.locator('.plan-list [data-plan-item]');
  await expect(rows).toHaveCount(picked.length);
  expect((await rows.evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.planItem))).sort()).toEqual(
    picked.map((item) => item.id).sort(),
  );
  const total = picked.reduce((sum, item) => sum + DEFAULT_MINUTES[item.kind]!, 0);
  await expect(dialog.getByTestId('plan-total')).toContainText(
    `Gepland: ${total} van 90 min (${picked.length} punten)`,
  );

  // A time box changed: the total follows.
  const firstRow = rows.first();
  const firstId = (await firstRow.getAttribute('data-plan-item'))!;
  await firstRow.getByRole('spinbutton').fill('12');
  const firstKind = picked.find((item) => item.id === firstId)!.kind;
  const changed = total - DEFAULT_MINUTES[firstKind]! + 12;
  await expect(dialog.getByTestId('plan-total')).toContainText(`Gepland: ${changed} van 90 min`);

  // Reordered by keyboard: the first item one down.
  await firstRow.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('data-plan-item', firstId);
  await expect(rows.nth(1)).toBeFocused();

  // Everything else is kept aside, one action away, never deleted.
  const aside = dialog.locator('.plan-aside-list [data-aside-item]');
  await expect(aside).toHaveCount(items.length - picked.length);
  await expect(dialog.getByRole('heading', { name: /^Niet op de agenda van vandaag/ })).toContainText(
    `(${items.length - picked.length} punten)`,
  );
  const other = (await aside.first().getAttribute('data-aside-item'))!;
  await aside.first().getByRole('button').click();
  await expect(rows).toHaveCount(picked.length + 1);
  await expect(rows.last()).toHaveAttribute('data-plan-item', other);

  // Titles read whole while planning: no row's title is cut or squeezed below a readable width.
  const widths = await rows.locator('.plan-row-title').evaluateAll((titles) =>
    titles.map((title) => ({
      width: title.getBoundingClientRect().width,
      overflow: title.scrollWidth > title.clientWidth,
    })),
  );
  for (const { width, overflow } of widths) {
    expect(width).toBeGreaterThan(400);
    expect(overflow).toBe(false);
  }
  expect(await seriousViolations(page)).toEqual([]);

  // Stored with the session, each change an audit event.
  const settings = await apiCall(page, 'sessions.settings', { sessionId });
  expect(settings.agenda?.order).toHaveLength(picked.length + 1);
  expect(settings.plan?.timeboxMinutes[firstId]).toBe(12);
  const events = await apiCall(page, 'events.list', { sessionId });
  expect(events.filter((event) => event.type === 'session.planned').length).toBeGreaterThanOrEqual(4);

  // The agenda of the meeting is the plan's; the standing against it is on the facilitator's screen.
  await page.keyboard.press('Escape');
  await expect(page.locator('.agenda-list [data-item-id]')).toHaveCount(picked.length + 1);
  await expect(page.getByTestId('meeting-standing')).toHaveText('Vergadering: 0 van 90 min · volgens plan');

  // The plan in English reads as well to axe.
  await page.evaluate(() => localStorage.setItem('boardwalk.language', 'en'));
  await page.reload();
  await page.getByRole('button', { name: 'Meeting plan' }).click();
  await expect(page.getByRole('dialog', { name: 'Meeting plan' }).getByTestId('plan-total')).toContainText('Planned:');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the plan is reordered by dragging a row with the mouse, and the new order is kept', async ({ page }) => {
  // A long walk on a 2-core machine shared with the host: a budget, not a speed target.
  test.setTimeout(180_000);
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Kwartaalreview', 'Anouk, Bram');
  const sessionId = await page.getByRole('combobox', { name: 'Sessie' }).inputValue();

  const openPlan = async () => {
    await page.getByRole('button', { name: 'Vergaderplan' }).click();
    return page.getByRole('dialog', { name: 'Vergaderplan' });
  };
  let dialog = await openPlan();
  await dialog.getByLabel('Blokkerende vragen').check();
  await dialog.getByRole('button', { name: 'Deze op de agenda van vandaag zetten' }).click();
  const rowsOf = (shown: typeof dialog) => shown.locator('.plan-list [data-plan-item]');
  const orderOf = (shown: typeof dialog) =>
    rowsOf(shown).evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.planItem!));
  await expect(rowsOf(dialog).nth(3)).toBeVisible();
  const before = await orderOf(dialog);

  // The first row dragged onto the fourth takes its place; the three between move up one.
  await rowsOf(dialog).first().dragTo(rowsOf(dialog).nth(3));
  const expected = [...before.slice(1, 4), before[0]!, ...before.slice(4)];
  await expect.poll(() => orderOf(dialog)).toEqual(expected);

  // And back up with the mouse by hand (press, move, release): the last row onto the second.
  const last = rowsOf(dialog).last();
  const second = rowsOf(dialog).nth(1);
  await last.hover();
  await page.mouse.down();
  const target = (await second.boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
  await page.mouse.up();
  const reordered = [expected[0]!, expected.at(-1)!, ...expected.slice(1, -1)];
  await expect.poll(() => orderOf(dialog)).toEqual(reordered);

  // Kept: in the dialog opened again, on the meeting's agenda, with the session, and after a reload.
  await page.keyboard.press('Escape');
  await expect(page.locator('.agenda-list [data-item-id]').first()).toHaveAttribute('data-item-id', reordered[0]!);
  expect(
    await page
      .locator('.agenda-list [data-item-id]')
      .evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.itemId)),
  ).toEqual(reordered);
  dialog = await openPlan();
  await expect.poll(() => orderOf(dialog)).toEqual(reordered);
  expect((await apiCall(page, 'sessions.settings', { sessionId })).agenda?.order).toEqual(reordered);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toHaveValue(sessionId);
  dialog = await openPlan();
  await expect.poll(() => orderOf(dialog)).toEqual(reordered);
});
