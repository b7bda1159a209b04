import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Board } from '../shared/board/schema.ts';
import { callApi } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

async function openWebshop(page: Page, language: 'NL' | 'EN' = 'EN') {
  host = await startHost(freshDataDir());
  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Bord' }).selectOption('webshop-migration');
  if (language === 'EN') await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
}

async function webshop(): Promise<{ board: Board; hash: string }> {
  return callApi(host, 'boards.get', { boardId: 'webshop-migration' });
}

/** Serious and critical WCAG problems, each with where it is. */
async function seriousViolations(page: Page, only?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  const results = await (only ? builder.include(only) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Until the view has stopped moving (the item view's fit is animated): the same transform two frames apart. */
async function viewSettled(page: Page) {
  const steadyOverTwoFrames = () =>
    page.locator(`${SHOWN_GRAPH} .react-flow__viewport`).evaluate(
      (viewport) =>
        new Promise<boolean>((resolve) => {
          const before = getComputedStyle(viewport).transform;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(getComputedStyle(viewport).transform === before)),
          );
        }),
    );
  await expect.poll(steadyOverTwoFrames).toBe(true);
}

test('the graph filtered to open risks picks out exactly the nodes with an open risk', async ({ page }) => {
  await openWebshop(page);
  const { board } = await webshop();
  const risky = new Set(board.items.filter((item) => item.kind === 'risk').flatMap((item) => item.refs));
  expect(risky.size).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Kind').selectOption('risk');
  await page.getByLabel('Status').selectOption('open');
  await expect(page.getByRole('status').filter({ hasText: `${risky.size} nodes match` })).toBeVisible();
  const matched = await page
    .locator('.board-node.matched')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.nodeId));
  expect(new Set(matched)).toEqual(risky);
  await expect(page.locator('.board-node.dimmed')).toHaveCount(board.nodes.length - risky.size);

  await page.getByLabel('Status').selectOption('decided');
  await expect(page.getByRole('status').filter({ hasText: '0 nodes match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page.locator('.board-node.dimmed')).toHaveCount(0);
});

test('search finds a node with / and an item with Ctrl+F, and takes the focus there', async ({ page }) => {
  await openWebshop(page);
  // A node pointed at first: its connections are in the caption until the search picks another.
  const pointedAt = page.locator(`${SHOWN_GRAPH} .react-flow__node`).first();
  await pointedAt.hover();
  await expect(page.locator(`${SHOWN_GRAPH} .graph-caption-node`)).toBeVisible();
  await page.locator('body').press('/');
  const search = page.getByRole('searchbox', { name: 'Search the board' });
  await expect(search).toBeFocused();
  await search.fill('cilium');
  await expect(page.locator('[data-hit="node:tool_cilium"]')).toBeVisible();
  await page.locator('[data-hit="node:tool_cilium"]').click();
  const node = page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"]`);
  await expect(node).toBeFocused();
  await expect(node.locator('.board-node')).toHaveClass(/picked/);
  await expect(page.locator(`${SHOWN_GRAPH} .graph-caption-node`)).toContainText('Cilium');
  await expect(page.locator('.agenda-filter')).toContainText('“\u2068Cilium\u2069”');

  await page.locator('body').press('Control+f');
  await expect(search).toBeFocused();
  await search.fill('team maturity vs');
  await search.press('Enter');
  await expect(page.locator('.item-detail')).toContainText('Team maturity vs. Cilium complexity');
  await expect(page.getByRole('button', { name: 'Show the whole board' })).toBeVisible();
});

test('in the item view at 1280x720 node labels are at least 16 px (edge labels keep off nodes: edgeLabels.test.ts)', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await openWebshop(page);
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"] .highlighted`)).toBeVisible();
  await viewSettled(page);
  // The item's graph only, not the whole board kept hidden until it is taken down.
  const sizes = await page.locator(`${SHOWN_GRAPH} .react-flow__node`).evaluateAll((nodes, shown) => {
    const viewport = document.querySelector<HTMLElement>(`${shown} .react-flow__viewport`)!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return nodes.map((node) => parseFloat(getComputedStyle(node.querySelector('.board-node-label')!).fontSize) * scale);
  }, SHOWN_GRAPH);
  expect(sizes.length).toBeGreaterThan(3);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);

  await page.close();
});

test('nodes are Tab stops and edges are not; arrow keys move between nodes; names in the UI language', async ({
  page,
}) => {
  await openWebshop(page, 'NL');
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__edge[tabindex]`)).toHaveCount(0);
  const first = page.locator(`${SHOWN_GRAPH} .react-flow__node`).first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"]`)).toHaveAttribute(
    'aria-label',
    'Gereedschapskeuze: Cilium',
  );
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__edge`).first()).toHaveAttribute(
    'aria-label',
    /leidt tot|begrenst|afweging/,
  );

  const start = page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"]`);
  await start.focus();
  const yOf = (id: string) =>
    page
      .locator(`${SHOWN_GRAPH} .react-flow__node[data-id="${id}"]`)
      .evaluate((node) => new DOMMatrixReadOnly(getComputedStyle(node).transform).f);
  const startY = await yOf('tool_cilium');
  // The focus moves once the next node is drawn (it may first have to come into view).
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.id ?? '');
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).not.toBe('tool_cilium');
  const below = await focused();
  expect(await yOf(below)).toBeGreaterThan(startY);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focused).not.toBe(below);
  const left = await focused();
  const xOf = (id: string) =>
    page
      .locator(`${SHOWN_GRAPH} .react-flow__node[data-id="${id}"]`)
      .evaluate((node) => new DOMMatrixReadOnly(getComputedStyle(node).transform).e);
  expect(await xOf(left)).toBeLessThan(await xOf(below));
  // The caption names the connections of the node with the focus, with their full texts.
  await expect(page.locator(`${SHOWN_GRAPH} .graph-caption`)).toContainText('Verbindingen van');
});

test('the graph keeps its node positions and view when the UI language changes', async ({ page }) => {
  await openWebshop(page);
  const snapshot = () =>
    page.evaluate(
      (shown) => ({
        viewport: document.querySelector<HTMLElement>(`${shown} .react-flow__viewport`)!.style.transform,
        nodes: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>(`${shown} .react-flow__node`)].map((node) => [
            node.dataset.id,
            node.style.transform,
          ]),
        ),
      }),
      SHOWN_GRAPH,
    );
  const before = await snapshot();
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"]`)).toHaveAttribute(
    'aria-label',
    /Gereedschapskeuze/,
  );
  expect(await snapshot()).toEqual(before);
});

test('the layout is kept per board version, so the board opens again without laying it out', async ({ page }) => {
  await openWebshop(page);
  const { hash } = await webshop();
  await expect.poll(() => callApi(host, 'layouts.get', { boardHash: hash, scope: 'board' })).not.toBeNull();
  const kept = await callApi(host, 'layouts.get', {
    boardHash: hash,
    scope: 'board',
  });
  expect(kept?.engine).toBe('lanes');
  await page.reload();
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  // Both heading rows: the lanes read left to right with their short names, the full ones on hover.
  await expect(page.locator(`${SHOWN_GRAPH} .lane-heading`)).toHaveCount(4);
  // (Read without their soft hyphens, the places where a word may break with a hyphen.)
  expect(
    await page
      .locator(`${SHOWN_GRAPH} .lane-heading`)
      .evaluateAll((headings) => headings.map((heading) => heading.textContent?.replaceAll('\u00ad', ''))),
  ).toEqual(['Layer 0', 'Technical', 'Capabilities', 'Tools']);
  expect(
    await page
      .locator(`${SHOWN_GRAPH} .lane-heading`)
      .evaluateAll((headings) => headings.map((heading) => heading.getAttribute('title'))),
  ).toEqual([
    'Layer 0: business requirements, constraints and principles',
    'Technical requirements',
    'Platform capabilities',
    'Tool choices',
  ]);
});

for (const language of ['NL', 'EN'] as const)
  test(`the board with its graph, search and filters passes the WCAG AA checks in ${language}`, async ({ browser }) => {
    // Three axe runs on a 2-core machine shared with other work: the default 90 s is too short.
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await openWebshop(page, language);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.graph-filters button').first().click();
    await page.locator('.graph-search input').fill('cil');
    await expect(page.locator('.graph-search-results')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
    await expect(
      page.locator(`${SHOWN_GRAPH} .react-flow__node[data-id="tool_cilium"] .compact.highlighted`),
    ).toBeVisible();
    // The graph's item view (the item's detail beside it is the walkthrough's, checked there).
    expect(await seriousViolations(page, '.graph')).toEqual([]);
    await context.close();
  });
