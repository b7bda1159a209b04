import { expect, test } from '@playwright/test';
import { apiCall } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { agendaOrder, BOARD, boardItems, currentAgendaItem, openApp } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());
test.use({ viewport: { width: 1280, height: 720 } });
// A large PDF on a 2-core machine shared with the host and its Chromium: a budget, not a speed target.
test.describe.configure({ timeout: 240_000 });

/**
 * The longest main-thread task the page may have while an export runs. The export of this session
 * lasts well over a second (checked below: at least three times this bound), so a page that waited
 * for it on its main thread, even for a third of it, would show a task over this bound and fail.
 * Not lower: on the shared 2-core machine, opening an item alone has taken up to 160 ms.
 */
const LONGEST_TASK_MS = 300;

declare global {
  interface Window {
    longTasks?: { start: number; duration: number }[];
  }
}

test('the app keeps answering while a large PDF export runs: the progress shows and the next item opens', async ({
  page,
}) => {
  host = await startHost(freshDataDir());
  await openApp(page, host.url);
  const items = await boardItems(page);
  const session = await apiCall(page, 'sessions.create', {
    boardId: BOARD,
    title: 'Kwartaalreview met alles besloten',
    date: '2027-01-15',
    facilitator: 'Anouk de Vries',
    participants: ['Bram', 'Chris'],
    language: 'nl',
  });
  // Every item of the board recorded: the largest report this board gives.
  for (const item of items)
    await apiCall(page, 'outcomes.record', {
      sessionId: session.id,
      itemId: item.id,
      changes: {
        status: 'decided',
        chosenOption: item.options[0]?.id ?? null,
        rationale: `Besloten voor ${item.id}, met een reden van een zin.`,
        owner: 'Ops',
        dueDate: '2027-03-31',
      },
    });
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toContainText('Kwartaalreview met alles besloten');
  const order = await agendaOrder(page);
  await page.locator(`.agenda-list [data-item-id="${order[0]}"]`).click();
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[0]!);

  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Exporteren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeChecked();
  const downloaded = page.waitForEvent('download', { timeout: 180_000 });
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await expect(dialog.locator('.export-progress')).toContainText('Het verslag wordt gemaakt');

  // The facilitator closes the dialog and goes on with the meeting; the export goes on beside it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const stillRunning = page.locator('.toolbar-export-progress');
  await expect(stillRunning).toBeVisible();
  for (const at of [1, 2]) {
    await page.keyboard.press('n');
    await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', order[at]!);
    const title = items.find((item) => item.id === order[at])!.title.nl;
    await expect
      .poll(() => page.locator('#item-title').evaluate((heading) => heading.textContent!.replaceAll('\u00ad', '')))
      .toBe(title);
  }
  // The host answers meanwhile: recording an outcome is not held up until the export is done.
  const asked = Date.now();
  await apiCall(page, 'outcomes.record', {
    sessionId: session.id,
    itemId: order[2]!,
    changes: { rationale: 'Tijdens de export aangevuld.' },
  });
  const answeredIn = Date.now() - asked;
  // The moves and the recording happened while the export ran: its progress is still there.
  await expect(stillRunning).toBeVisible({ timeout: 1 });

  const download = await downloaded;
  const took = Date.now() - started;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(stillRunning).toHaveCount(0);
  expect(took, 'the export must last long enough for a blocked page to show').toBeGreaterThan(3 * LONGEST_TASK_MS);
  const tasks = await page.evaluate(() => window.longTasks!);
  const longest = Math.max(0, ...tasks.map((task) => task.duration));
  console.log(
    `export ${took} ms; an outcome recorded meanwhile in ${answeredIn} ms; ${tasks.length} main-thread tasks over 50 ms, the longest ${Math.round(longest)} ms`,
  );
  expect(longest).toBeLessThan(LONGEST_TASK_MS);
});
