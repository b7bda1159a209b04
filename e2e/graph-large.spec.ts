import { expect, test, type Page } from '@playwright/test';
import { neighbourhood } from '../shared/board/neighbourhood.ts';
import type { Board } from '../shared/board/schema.ts';
import { callApi } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { BOARD, currentAgendaItem, openApp, seriousViolations, SHOWN_GRAPH } from './room.ts';

/**
 * The graph large, for the room (G): at 1280x720 the item's whole neighbourhood over the agenda and
 * the item, labels of at least 16 px showing more of their text than beside the agenda; back with G
 * or Escape, the keyboard where it was. And in both views no lane heading breaks a word without a hyphen.
 */

let host: RunningHost;
test.afterEach(async () => host?.stop());
// The page asks for reduced motion, so the view moves at once and readings a few frames apart tell a settled view.
test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

const READABLE_PX = 16;
/** The large pane is the workspace below the toolbar: nearly the window's width. */
const LARGE_PANE_MIN_WIDTH = 1200;

interface View {
  pane: { width: number; height: number };
  zoom: number;
  /** Each node: inside the pane, its label's size on the screen, whether the label shows whole (not cut by its clamp), its width on the screen. */
  nodes: { id: string; inside: boolean; labelPx: number; whole: boolean; labelWidth: number }[];
  /** Lane headings cut off, or with a line that ends in the middle of a word without a hyphen. */
  headingProblems: string[];
}

/** What the graph pane on screen shows (not a canvas kept hidden for a moment while it is taken down). */
function readView(page: Page): Promise<View> {
  return page.evaluate((shown) => {
    const root = document.querySelector(shown)!;
    const paneBox = root.querySelector('.graph-flow')!.getBoundingClientRect();
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const within = (box: DOMRect) =>
      box.left >= paneBox.left - 0.5 &&
      box.right <= paneBox.right + 0.5 &&
      box.top >= paneBox.top - 0.5 &&
      box.bottom <= paneBox.bottom + 0.5;
    const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
      // Far away (the whole board) a node is a plain box without its label.
      const label = node.querySelector<HTMLElement>('.board-node-label');
      return {
        id: node.dataset.id!,
        inside: within(node.getBoundingClientRect()),
        labelPx: label ? parseFloat(getComputedStyle(label).fontSize) * zoom : 0,
        whole: label
          ? label.scrollHeight <= label.clientHeight + 1 && label.scrollWidth <= label.clientWidth + 1
          : false,
        labelWidth: label?.getBoundingClientRect().width ?? 0,
      };
    });
    // A line of a heading ends where the next visible character starts lower down: fine after a space,
    // at a soft hyphen (drawn there as a hyphen) or after a hyphen or comma; anywhere else a word was cut.
    const midWordBreaks = (heading: HTMLElement): string[] => {
      const text = heading.firstChild;
      if (!(text instanceof Text)) return [];
      const data = text.data;
      const range = document.createRange();
      const cuts: string[] = [];
      let lastTop: number | null = null;
      let last = -1;
      for (let at = 0; at < data.length; at++) {
        if (data[at] === '\u00ad' || data[at] === ' ') continue;
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        // A character just after a break may also report a box at the end of the line before (its hyphen's): the lowest counts.
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        if (boxes.length === 0) continue;
        const top = Math.max(...boxes.map((box) => box.top));
        if (lastTop !== null && top > lastTop + 2) {
          const between = data.slice(last + 1, at);
          if (!/[ \u00ad]/.test(between) && !/[-,]/.test(data[last]!))
            cuts.push(
              `"${data.replaceAll('\u00ad', '')}" broken after "${data.slice(0, last + 1).replaceAll('\u00ad', '')}"`,
            );
        }
        lastTop = top;
        last = at;
      }
      return cuts;
    };
    const headingProblems = [...root.querySelectorAll<HTMLElement>('.lane-heading')].flatMap((heading) => [
      ...(heading.scrollHeight > heading.clientHeight + 1 || heading.scrollWidth > heading.clientWidth + 1
        ? [`"${heading.textContent?.replaceAll('\u00ad', '')}" cut off`]
        : []),
      ...midWordBreaks(heading),
    ]);
    return { pane: { width: paneBox.width, height: paneBox.height }, zoom, nodes, headingProblems };
  }, SHOWN_GRAPH);
}

/** The view once it shows exactly these nodes, at the size asked for, and two readings in a row agree (polled). */
async function settledView(page: Page, expected: ReadonlySet<string>, large: boolean): Promise<View> {
  let last = '';
  let view: View | null = null;
  await expect
    .poll(
      async () => {
        view = await readView(page);
        const text = JSON.stringify(view);
        const same = text === last;
        last = text;
        const ids = new Set(view.nodes.map((node) => node.id));
        const sized = large === view.pane.width >= LARGE_PANE_MIN_WIDTH;
        return same && sized && ids.size === expected.size && [...expected].every((id) => ids.has(id));
      },
      { intervals: [50] },
    )
    .toBe(true);
  return view!;
}

function problemsOf(itemId: string, moment: string, view: View): string[] {
  return [
    ...view.nodes.filter((node) => !node.inside).map((node) => `${itemId} ${moment}: ${node.id} outside the pane`),
    ...view.nodes
      .filter((node) => node.labelPx < READABLE_PX)
      .map((node) => `${itemId} ${moment}: ${node.id} label ${node.labelPx.toFixed(1)} px`),
    ...view.headingProblems.map((problem) => `${itemId} ${moment}: lane heading ${problem}`),
  ];
}

const wholeLabels = (view: View) => view.nodes.filter((node) => node.whole).length;
const labelWidths = (view: View) => view.nodes.reduce((sum, node) => sum + node.labelWidth, 0);

/** Whether the keyboard is, visibly, on the graph's own button to go back. */
const focusOnBackButton = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.matches('.graph .graph-large-toggle:focus-visible')));

interface Tally {
  nodes: number;
  wholeNormal: number;
  wholeLarge: number;
  widthNormal: number;
  widthLarge: number;
  problems: string[];
}

/** Opens each item from the agenda, reads the pane, shows it large (G), reads it again, and goes back (G or Escape). */
async function walkItems(page: Page, board: Board, count: number, axeOnFirst: boolean): Promise<Tally> {
  const tally: Tally = { nodes: 0, wholeNormal: 0, wholeLarge: 0, widthNormal: 0, widthLarge: 0, problems: [] };
  const items = board.items.filter((item) => item.refs.length > 0).slice(0, count);
  for (const [index, item] of items.entries()) {
    const expected = new Set(neighbourhood(board, new Set(item.refs)).nodes.map((node) => node.id));
    const row = page.locator(`.agenda-list [data-item-id="${item.id}"]`);
    await row.click();
    await expect(row).toBeFocused();
    const normal = await settledView(page, expected, false);
    await page.keyboard.press('g');
    const large = await settledView(page, expected, true);
    expect(await focusOnBackButton(page), `${item.id}: the keyboard on the graph's back button`).toBe(true);
    if (axeOnFirst && index === 0) expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press(index % 2 === 0 ? 'g' : 'Escape');
    await expect(page.locator('.workspace.graph-large')).toHaveCount(0);
    await expect(row).toBeFocused();
    tally.nodes += expected.size;
    tally.wholeNormal += wholeLabels(normal);
    tally.wholeLarge += wholeLabels(large);
    tally.widthNormal += labelWidths(normal);
    tally.widthLarge += labelWidths(large);
    tally.problems.push(...problemsOf(item.id, 'beside the agenda', normal), ...problemsOf(item.id, 'large', large));
  }
  return tally;
}

/**
 * Large shows clearly more text: at least half of all labels whole, at least twice as many whole
 * labels as beside the agenda (where a typical item's labels show 5-8 letters), and labels at least
 * twice as wide on the screen. The pane is about three times as wide; twice leaves room for lanes and gaps.
 */
function expectMoreText(tally: Tally): void {
  const figures = `whole labels ${tally.wholeNormal} -> ${tally.wholeLarge} of ${tally.nodes}, label width ${tally.widthNormal.toFixed(0)} -> ${tally.widthLarge.toFixed(0)} px`;
  console.log(`graph large: ${figures}`);
  expect(tally.problems).toEqual([]);
  expect(tally.wholeLarge, figures).toBeGreaterThanOrEqual(tally.nodes / 2);
  expect(tally.wholeLarge, figures).toBeGreaterThanOrEqual(2 * tally.wholeNormal);
  expect(tally.widthLarge, figures).toBeGreaterThanOrEqual(2 * tally.widthNormal);
}

test('G shows the graph large at 1280x720: the whole neighbourhood, readable, more of each label; G or Escape returns the keyboard where it was (EN, NL)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  host = await startHost(freshDataDir());
  await openApp(page, host.url);
  const { board } = await callApi(host, 'boards.get', { boardId: BOARD });

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .graph-large-toggle`)).toHaveAttribute(
    'aria-label',
    'Show the graph large (G)',
  );
  expectMoreText(await walkItems(page, board, 15, true));

  // N walks the items while the graph is large; Escape returns the keyboard to the agenda's row.
  const [first, second] = board.items.filter((item) => item.refs.length > 0);
  const row = page.locator(`.agenda-list [data-item-id="${first!.id}"]`);
  await row.click();
  await page.keyboard.press('g');
  await settledView(page, new Set(neighbourhood(board, new Set(first!.refs)).nodes.map((node) => node.id)), true);
  await page.keyboard.press('n');
  await expect(currentAgendaItem(page)).toHaveAttribute('data-item-id', second!.id);
  await settledView(page, new Set(neighbourhood(board, new Set(second!.refs)).nodes.map((node) => node.id)), true);
  expect(await focusOnBackButton(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.workspace.graph-large')).toHaveCount(0);
  await expect(row).toBeFocused();

  // The whole board, large: fitted again to the large pane, every node in it. (Its lanes run tall: at
  // 720 px its height, not the pane's width, sets the zoom, so large does not draw it bigger.)
  await page.getByRole('button', { name: 'Show the whole board' }).click();
  const everyNode = new Set(board.nodes.map((node) => node.id));
  const whole = await settledView(page, everyNode, false);
  await page.keyboard.press('g');
  const wholeLarge = await settledView(page, everyNode, true);
  expect(wholeLarge.nodes.filter((node) => !node.inside)).toEqual([]);
  expect(wholeLarge.zoom).toBeGreaterThanOrEqual(whole.zoom * 0.99);
  await page.keyboard.press('g');
  const itemOnly = page.getByRole('button', { name: 'Show only this item' });
  await expect(itemOnly).toBeFocused();
  await itemOnly.click();

  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(page.locator(`${SHOWN_GRAPH} .graph-large-toggle`)).toHaveAttribute(
    'aria-label',
    'De graaf groot tonen (G)',
  );
  expectMoreText(await walkItems(page, board, 4, true));
});
