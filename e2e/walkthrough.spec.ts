import { expect, test, type Page } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import { apiCall } from './api.ts';
import { agendaOrder, currentAgendaItem, openApp, startSession } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

/** One item with the keyboard: time passes, O to the status, the status goes to decided, Ctrl+Enter saves. */
async function decideWithKeys(page: Page, minutesTalked: number) {
  await page.clock.fastForward(minutesTalked * 60_000);
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.save-state')).toHaveText(/^Opgeslagen om/);
}

test('the facilitator walks the first five items with the keyboard alone, the time box running, and resumes there after a reload', async ({
  page,
}) => {
  await page.clock.install();
  host = await startFreshHost();
  await openApp(page, host.url);
  await startSession(page, 'Ronde door de agenda', 'Anouk, Bram');

  // Arranging the agenda with the keyboard: the first item one down, then dropped.
  await page.keyboard.press('a');
  const initial = await agendaOrder(page);
  await expect(page.locator(`.agenda-list [data-item-id="${initial[0]}"]`)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => agendaOrder(page)).toEqual([initial[1], initial[0], ...initial.slice(2)]);
  await expect(page.locator(`.agenda-list [data-item-id="${initial[0]}"]`)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => agendaOrder(page)).toEqual([initial[1], initial[2], initial[0], ...initial.slice(3)]);
  await page.keyboard.press('Delete');
  const arranged = [initial[1]!, ...initial.slice(2)];
  await expect.poll(() => agendaOrder(page)).toEqual(arranged);
  await expect(page.locator('.agenda-dropped summary')).toHaveText('Niet op de agenda van vandaag (1 punt)');

  // The walk starts at the top; on each item the room starts the time box.
  await page.keyboard.press('n');
  for (let index = 0; index < 5; index++) {
    await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', arranged[index]!);
    await expect(page.locator('#item-title')).toBeFocused();
    await page.keyboard.press('t');
    await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'true');
    await decideWithKeys(page, 1 + index);
    await expect(page.locator(`.agenda-list [data-item-id="${arranged[index]}"]`)).toContainText('Besloten');

    // From the saved outcome to the next item: the keyboard waits on "Next", then lands on the item's title.
    let presses = 0;
    await expect(page.getByRole('button', { name: 'Volgende →' })).toBeFocused();
    await page.keyboard.press('Enter');
    presses += 1;
    await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', arranged[index + 1]!);
    await expect(page.locator('#item-title')).toBeFocused();
    // Moving on stopped the clock: it runs for an item only once started.
    await expect(page.getByTestId('time-box')).toHaveAttribute('data-running', 'false');
    expect(presses).toBeLessThanOrEqual(3);
  }
  await expect(page.getByTestId('agenda-progress')).toHaveText(`5 van ${arranged.length} besloten, 0 uitgesteld`);

  // The time spent on each item is stored with its outcome (booked when the room moved on).
  const session = (await apiCall(page, 'sessions.list', {}))[0]!;
  await expect
    .poll(async () => {
      const outcomes = await apiCall(page, 'outcomes.list', { sessionId: session.id });
      return arranged.slice(0, 5).map((itemId) => {
        const outcome = outcomes.find((candidate) => candidate.itemId === itemId);
        return [outcome?.status, Math.floor((outcome?.timeSpentSeconds ?? 0) / 60)];
      });
    })
    .toEqual([1, 2, 3, 4, 5].map((minutes) => ['decided', minutes]));

  // The time box turns amber, then red, and never moves on by itself.
  await page.keyboard.press('t');
  const timeBox = page.getByTestId('time-box');
  await expect(timeBox).toHaveClass(/tone-calm/);
  const allotted = Number(await timeBox.getByRole('spinbutton').inputValue());
  await page.clock.fastForward((allotted - 1) * 60_000);
  await expect(timeBox).toHaveClass(/tone-amber/);
  await page.clock.fastForward(2 * 60_000);
  await expect(timeBox).toHaveClass(/tone-red/);
  await expect(timeBox).toContainText('De tijd is om');
  await expect(timeBox).toContainText('over tijd');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', arranged[5]!);

  // After a reload: the same item, the same order, the same item dropped.
  await expect
    .poll(async () => (await apiCall(page, 'sessions.get', { sessionId: session.id })).lastItemId)
    .toBe(arranged[5]);
  await page.reload();
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', arranged[5]!);
  expect(await agendaOrder(page)).toEqual(arranged);
  await expect(page.locator('.agenda-dropped summary')).toHaveText('Niet op de agenda van vandaag (1 punt)');
  await expect(page.getByRole('heading', { level: 2, name: /./ }).and(page.locator('#item-title'))).toBeVisible();
});
