import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { neighbourhood } from '../shared/board/neighbourhood.ts';
import { callApi } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

/** The graph for the room at 1280x720: every item's nodes in the pane, readable, after opening and after fit. */

let host: RunningHost;
test.afterEach(async () => host?.stop());

const READABLE_PX = 16;

async function seriousViolations(page: Page, only: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include(only)
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

interface GraphView {
  zoom: number;
  /** Node id to whether its box lies inside the graph pane and its label's size on the screen. */
  nodes: { id: string; inside: boolean; labelPx: number }[];
  /** Lane headings whose text does not fit their box, or that lie outside the pane. */
  clippedHeadings: string[];
}

/** What the graph pane shows: read from the page as the room sees it (computed font size times the zoom). */
function graphView(page: Page): Promise<GraphView> {
  return page.evaluate((shown) => {
    const root = document.querySelector(shown)!;
    const pane = root.querySelector('.graph-flow')!.getBoundingClientRect();
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const within = (box: DOMRect) =>
      box.left >= pane.left - 0.5 &&
      box.right <= pane.right + 0.5 &&
      box.top >= pane.top - 0.5 &&
      box.bottom <= pane.bottom + 0.5;
    // The whole board far away, shown until an item's graph is drawn, has nodes without labels.
    const labelPx = (label: Element | null) => (label ? parseFloat(getComputedStyle(label).fontSize) * zoom : 0);
    const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => ({
      id: node.dataset.id!,
      inside: within(node.getBoundingClientRect()),
      labelPx: labelPx(node.querySelector('.board-node-label')),
    }));
    const row = root.querySelector('.lane-headings')!.getBoundingClientRect();
    const clippedHeadings = [...root.querySelectorAll<HTMLElement>('.lane-heading')]
      .filter((heading) => {
        const box = heading.getBoundingClientRect();
        const overflows =
          heading.scrollHeight > heading.clientHeight + 1 || heading.scrollWidth > heading.clientWidth + 1;
        return overflows || box.left < row.left - 0.5 || box.right > row.right + 0.5;
      })
      .map((heading) => heading.textContent ?? '');
    return { zoom, nodes, clippedHeadings };
  }, SHOWN_GRAPH);
}

/**
 * The view once it has stopped moving and shows exactly these nodes: two equal readings in a row
 * (polled, never a fixed wait). The page asks for reduced motion, so the app moves the view at once
 * (no 250 ms slide) and readings a few frames apart tell a settled view.
 */
async function settledView(page: Page, expected: ReadonlySet<string>): Promise<GraphView> {
  let last = '';
  let view: GraphView | null = null;
  await expect
    .poll(
      async () => {
        view = await graphView(page);
        const text = JSON.stringify(view);
        const same = text === last;
        last = text;
        const ids = new Set(view.nodes.map((node) => node.id));
        return same && ids.size === expected.size && [...expected].every((id) => ids.has(id));
      },
      { intervals: [50] },
    )
    .toBe(true);
  return view!;
}

function problemsOf(itemId: string, moment: string, view: GraphView): string[] {
  return [
    ...view.nodes.filter((node) => !node.inside).map((node) => `${itemId} ${moment}: ${node.id} outside the pane`),
    ...view.nodes
      .filter((node) => node.labelPx < READABLE_PX)
      .map((node) => `${itemId} ${moment}: ${node.id} label ${node.labelPx.toFixed(1)} px`),
    ...view.clippedHeadings.map((heading) => `${itemId} ${moment}: lane heading "${heading}" clipped`),
  ];
}

for (const language of ['EN', 'NL'] as const)
  test(`at 1280x720 every item of the webshop board shows all its connected nodes readable, on opening and after fit (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(900_000);
    // axe needs a page in a context of its own; reduced motion, as a user may ask of the system.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    host = await startHost(freshDataDir());
    await page.goto(host.url);
    await page.getByRole('combobox', { name: 'Bord' }).selectOption('webshop-migration');
    if (language === 'EN') await page.getByRole('button', { name: 'EN', exact: true }).click();
    const { board } = await callApi(host, 'boards.get', { boardId: 'webshop-migration' });
    const zoomIn = page.locator(`${SHOWN_GRAPH} .react-flow__controls-zoomin`);
    const fit = page.locator(`${SHOWN_GRAPH} .react-flow__controls-fitview`);
    const problems: string[] = [];
    expect(board.items.length).toBeGreaterThan(100);
    for (const item of board.items) {
      const expected = new Set(neighbourhood(board, new Set(item.refs)).nodes.map((node) => node.id));
      await page.locator(`.agenda-list [data-item-id="${item.id}"]`).click();
      const opened = await settledView(page, expected);
      problems.push(...problemsOf(item.id, 'opened', opened));
      await zoomIn.click();
      await zoomIn.click();
      await expect.poll(async () => (await graphView(page)).zoom).toBeGreaterThan(opened.zoom * 1.2);
      await fit.click();
      const fitted = await settledView(page, expected);
      problems.push(...problemsOf(item.id, 'after fit', fitted));
    }
    expect(problems).toEqual([]);
    // The item view's graph passes the WCAG 2.1 AA checks (serious and critical) in this language.
    expect(await seriousViolations(page, '.graph')).toEqual([]);
    await context.close();
  });
