import { expect, test } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

test.beforeEach(async ({ page }) => {
  host = await startFreshHost();
  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Bord' }).selectOption('webshop-migration');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
});

test('the decision tree turns a chosen context into the recommendations that follow', async ({ page }) => {
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Decision tree…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Recommendations that follow (0)');
  await dialog.getByLabel('Data criticality').selectOption('high');
  await expect(dialog).toContainText('Recommendations that follow (0)');
  await dialog.getByLabel('Team maturity').selectOption('none');
  await expect(dialog).toContainText('Recommendations that follow (1)');
  await expect(dialog.locator('[data-rule-id="database_decision"]')).toContainText('Managed PostgreSQL');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Beslisboom…' }).click();
  await expect(page.getByRole('dialog')).toContainText('Aanbevelingen die hieruit volgen (0)');
});

test('the traceability matrix shows each chain and flags a question cited under another name', async ({ page }) => {
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Traceability…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('tbody tr')).toHaveCount(8);
  const cited = dialog.locator('li', { hasText: 'Q15: Ops FTE?' });
  await expect(cited).toBeVisible();
  await expect(cited.locator('.cited-differs')).toContainText('on the board:');
  // Only a citation that means another question is flagged; shorter wordings of the right question are not.
  await expect(dialog.locator('.cited-differs')).toHaveCount(1);
  // Read whole on a projector: no cell is cut off with an ellipsis or runs out of its column.
  const cutOff = await dialog
    .locator('td')
    .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length);
  expect(cutOff).toBe(0);
});

test('the source notes list what is inconsistent in the sources, with where it is', async ({ page }) => {
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: /note\(s\) on the source/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('li').first()).toContainText(/\.yaml, line \d+, column \d+/);
  await expect(dialog).toContainText("Item 'q15_");
});

test('an item shows what only its kind has: a blocking open question and its number', async ({ page }) => {
  await page.locator('[data-item-id="q1_managed_kubernetes_provider"]').click();
  await expect(page.locator('.item-detail')).toContainText('Question 1');
  await expect(page.locator('.item-detail')).toContainText('Blocks the start');
});

test("a decision already taken shows its rule and open questions; the authors' additions stand apart", async ({
  page,
}) => {
  await page.locator('[data-item-id="decision_cni_cilium"]').click();
  const detail = page.locator('.item-detail');
  await expect(detail).toContainText('Decision already taken');
  await expect(detail).toContainText('Applies the decision rule: Choice of CNI plugin');
  await expect(detail).toContainText('Depends on the open questions: Expose the Hubble UI?');
  await page.locator('[data-item-id="q1_managed_kubernetes_provider"]').click();
  const added = detail.locator('.author-notes');
  await expect(added).toContainText("Added by the board's authors (not in the sources)");
  await expect(added).toContainText('DigitalOcean is American');
  await expect(detail.locator('.source-notes')).not.toContainText('DigitalOcean');
});

test('a graph node chosen with the keyboard narrows the agenda to its items, in the UI language', async ({ page }) => {
  const node = page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"]`);
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.agenda-filter')).toContainText('Showing the items about “\u2068Cilium\u2069”.');
  const shown = await page.locator('.agenda-item').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(30);
  await expect(page.locator('[data-item-id="team_maturity_vs_cilium"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await page.getByRole('button', { name: 'Show all items' }).click();
  expect(await page.locator('.agenda-item').count()).toBeGreaterThan(100);
});

test('choosing an item shows its part of the graph, large enough to read, and the whole board on request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  const all = await page.locator(`${SHOWN_GRAPH} .react-flow__node`).count();
  expect(all).toBeGreaterThan(90);
  // No item yet: no whole-board button to press, though its place in the toolbar is kept.
  await expect(page.getByRole('button', { name: 'Show the whole board' })).toHaveCount(0);
  const pane = await page.locator('.graph-slots').boundingBox();
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.getByRole('button', { name: 'Show the whole board' })).toBeVisible();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"] .highlighted`)).toBeVisible();
  // The graph's pane keeps its place and size as the item's graph comes (at 1280x720 the button
  // used to wrap the toolbar and take 42 px from the pane under the room's eyes).
  expect(await page.locator('.graph-slots').boundingBox()).toEqual(pane);
  await expect(
    page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="constraint_team_maturity"] .highlighted`),
  ).toBeVisible();
  const part = await page.locator(`${SHOWN_GRAPH} .react-flow__node`).count();
  expect(part).toBeLessThan(30);
  await page.getByRole('button', { name: 'Show the whole board' }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`)).toHaveCount(all);
  await page.getByRole('button', { name: 'Show only this item' }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`)).toHaveCount(part);
});
