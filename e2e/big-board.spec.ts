import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticBoardVersion, syntheticPackYaml } from '../scripts/synthetic/board.ts';
import { syntheticSessionFile } from '../scripts/synthetic/session.ts';
import { callApi } from './api.ts';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';
import { withoutSoftHyphens } from '../shared/typography/hyphenate.ts';

// Big boards and long sessions must stay usable: these tests check behaviour, not speed (the
// benchmarks in scripts/bench measure that), so their waits are generous for two busy cores.
const BIG = 5000;
const CHANGES = 10_000;
const SLOW_WAIT = { timeout: 60_000 };

let host: RunningHost;
test.afterEach(async () => host?.stop());

/** The page's own record of a crash, so a test can say the tab stayed alive rather than assume it. */
function watchCrashes(page: Page): { crashed: boolean; errors: string[] } {
  const seen = { crashed: false, errors: [] as string[] };
  page.on('crash', () => (seen.crashed = true));
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** The React Flow viewport's translation and scale, as drawn. */
async function viewportOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator(`${SHOWN_GRAPH} .react-flow__viewport`).evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

test('a 5,000-node pack imported through the dialog opens, pans and zooms, and the page stays responsive', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const seen = watchCrashes(page);
  host = await startFreshHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'EN', exact: true }).click();

  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'big-board.yaml');
  writeFileSync(file, syntheticPackYaml(BIG));
  await page.getByRole('button', { name: 'More…' }).click();
  await page.getByRole('button', { name: 'Import board pack…' }).click();
  await page.getByLabel('Import files (YAML or zip)').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toBeVisible(SLOW_WAIT);
  await page.getByRole('button', { name: 'Close' }).click();

  // The whole board fits, drawn as one picture of boxes and lines at this distance.
  const nodes = page.locator(`${SHOWN_GRAPH} .react-flow__node`);
  await expect(page.locator(`.graph-overview[data-node-count="${BIG}"]`)).toBeVisible(SLOW_WAIT);
  await expect(nodes).toHaveCount(0);
  await expect(page.locator('.graph-overview .overview-nodes.lane-3:not(.dimmed)')).toHaveAttribute('d', /^M/);
  // The agenda of a big board goes into the page a slice at a time, and all of it gets there.
  await expect(page.locator('.agenda-list [data-item-id]')).toHaveCount(syntheticBoardVersion(BIG).items.length);
  const fitted = await viewportOf(page);
  const pane = await page.locator(`${SHOWN_GRAPH} .react-flow__pane`).boundingBox();
  expect(pane).not.toBeNull();

  // Pan: the drawing follows the mouse.
  const centre = { x: pane!.x + pane!.width / 2, y: pane!.y + pane!.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 200, centre.y - 120, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await viewportOf(page)).x).toBeLessThan(fitted.x - 100);

  // Zoom in with the wheel until labels are drawn: then only the nodes in view are in the page.
  await page.mouse.move(centre.x, centre.y);
  for (let step = 0; step < 30 && (await viewportOf(page)).zoom < 0.9; step++) {
    const before = (await viewportOf(page)).zoom;
    await page.mouse.wheel(0, -400);
    // Each step waits for the zoom it asked for, however long the frame takes.
    await expect.poll(async () => (await viewportOf(page)).zoom).toBeGreaterThan(before);
  }
  expect((await viewportOf(page)).zoom).toBeGreaterThan(fitted.zoom * 4);
  await expect(page.locator('.board-node-label').first()).toBeVisible();
  await expect(page.locator('.graph-overview')).toHaveCount(0);
  expect(await nodes.count()).toBeLessThan(BIG / 10);

  // Still answering the keyboard: search finds the last node of the board and takes the view there.
  const last = syntheticBoardVersion(BIG).nodes.at(-1)!;
  await page.locator('body').press('/');
  await page.getByRole('searchbox', { name: 'Search the board' }).fill(last.label.en);
  await page.locator(`[data-hit="node:${last.id}"]`).click();
  // The label carries soft hyphens where English allows a break; the words are the board's.
  await expect
    .poll(async () =>
      withoutSoftHyphens(
        (await page.locator(`.board-node[data-node-id="${last.id}"] .board-node-label`).textContent()) ?? '',
      ),
    )
    .toBe(last.label.en);

  // The whole board again at one press, and the far drawing with it.
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await expect(page.locator('.graph-overview')).toBeVisible();
  await expect.poll(async () => (await viewportOf(page)).zoom).toBeCloseTo(fitted.zoom, 3);

  await expect(page.locator('.graph-problem')).toHaveCount(0);
  expect(seen.crashed).toBe(false);
  expect(seen.errors).toEqual([]);
});

test('the audit trail of a 10,000-change session opens at once and scrolls to the last change', async ({ page }) => {
  test.setTimeout(180_000);
  host = await startFreshHost();
  const { board, hash } = await callApi(host, 'boards.get', {
    boardId: 'webshop-migration',
  });
  const file = syntheticSessionFile(board, hash, CHANGES);
  const base64 = Buffer.from(JSON.stringify(file)).toString('base64');
  await callApi(host, 'sessions.import', { file: { name: 'long-session.json', base64 } });

  await page.goto(host.url);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  // The board's latest session opens by itself.
  await expect(page.getByRole('combobox', { name: 'Session' })).toContainText(file.session.title);
  await page.getByRole('button', { name: 'More…' }).click();
  await page.getByRole('button', { name: 'Audit trail' }).click();

  const rows = page.locator('.audit-table tbody tr[data-event-id]');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('.audit-table tbody tr[data-event-id="1"]')).toBeVisible();
  // Only a page of the trail is read at first, and only the rows in view are drawn.
  expect(await rows.count()).toBeLessThan(100);

  // The file's 10,001 events and, last, the import itself.
  const total = CHANGES + 2;
  const scroller = page.getByRole('region', { name: 'Changes in this session' });
  const lastRow = page.locator(`.audit-table tbody tr[data-event-id="${total}"]`);
  await expect
    .poll(
      async () => {
        await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
        return lastRow.count();
      },
      { timeout: 120_000, intervals: [100] },
    )
    .toBe(1);
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toHaveAttribute('data-event-type', 'session.imported');
  await expect(page.locator(`.audit-table tbody tr[data-event-id="${total - 1}"]`)).toContainText(
    `Change ${CHANGES}: discussed again`,
  );
  await expect(page.getByRole('status').filter({ hasText: `All ${total} changes shown.` })).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);
});
