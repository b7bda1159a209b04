/**
 * Big boards in the app's graph, in Chromium at 1920x1080 through the browser host: layout time and
 * the longest main-thread task meanwhile, time to the first painted node (laid out afresh, and with
 * the kept layout in a new browser context), and frame times while panning at fit view and at zoom 1
 * and frames per second while panning and zooming at fit view, each beside a plain React Flow page
 * (renderer/bench/plain.tsx) with the same nodes, positions, edges and container size.
 * `BENCH_SIZES=500,1000` picks the board sizes.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Core } from '../../electron/core/index.ts';
import type { Board } from '../../shared/board/schema.ts';
import { conflictPairs } from '../../shared/board/conflicts.ts';
import { syntheticPackYaml } from '../synthetic/board.ts';
import {
  APP_RENDERER_DIR,
  buildApp,
  buildPlainPage,
  closePage,
  flowSize,
  freshPage,
  launchChromium,
  layoutDoneAfter,
  longTaskCell,
  longestTask,
  measured,
  openApp,
  paintedAfter,
  panP95,
  panZoomFps,
  moveViewTo,
  sameTransform,
  selectBoard,
  shownTransform,
  serveFolder,
  settledTransform,
  wheelToZoom,
  type Figure,
  type Transform,
} from './browser.ts';
import { apiOf, median, startHost, withCore, type RunningHost } from './helpers.ts';

export const title = 'Big boards in the graph: layout, first paint, pan and zoom, app against plain React Flow';

const DEFAULT_SIZES = [500, 1000, 2000, 5000];
/** Runs of the cheap figures (ready with a kept layout, pan, fps); layout and first paint are one run each. */
const RUNS = 3;
const WEBSHOP = 'webshop-migration';

interface BenchBoard {
  id: string;
  hash: string;
  nodeIds: string[];
  /** The edges the app draws: the board's, and one per further node a conflict item names. */
  edges: { from: string; to: string }[];
}

interface Interactions {
  /** Where the page's own fit view put the board. */
  ownFitTransform: Transform | null;
  /** Where the fit-view figures were measured: the plain page's fit view, in both pages. */
  fitTransform: Transform | null;
  zoomOneTransform: Transform | null;
  fps: Figure;
  panFit: Figure;
  panZoomOne: Figure;
  /** The page's React Flow container when done: the app's changes with the caption under it. */
  size?: { width: number; height: number };
}

interface SizeRow {
  size: number;
  layout: Figure;
  longestTask: Figure;
  readyFirst: Figure;
  readyKept: Figure[];
  app: Interactions[];
  plain: Interactions[];
}

function sizesAsked(): number[] {
  const asked = process.env.BENCH_SIZES?.split(',').map((size) => Number(size.trim()));
  if (!asked) return DEFAULT_SIZES;
  if (asked.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`BENCH_SIZES must be node counts, e.g. 500,1000; not ${process.env.BENCH_SIZES}`);
  return asked;
}

/** The edges the app draws on the whole board: the board's own and the conflicts', by the app's own rule. */
function drawnEdges(board: Board): { from: string; to: string }[] {
  const conflicts = conflictPairs(board, new Set(board.nodes.map((node) => node.id))).map(({ from, to }) => ({
    from,
    to,
  }));
  return [...board.edges.map(({ from, to }) => ({ from, to })), ...conflicts];
}

async function benchBoard(core: Core, boardId: string): Promise<BenchBoard> {
  const version = await apiOf(core)['boards.get']({ boardId });
  return {
    id: boardId,
    hash: version.hash,
    nodeIds: version.board.nodes.map((node) => node.id),
    edges: drawnEdges(version.board),
  };
}

async function importSynthetic(core: Core, size: number): Promise<BenchBoard> {
  const base64 = Buffer.from(syntheticPackYaml(size)).toString('base64');
  const imported = await apiOf(core)['boards.import']({ files: [{ name: 'board.yaml', base64 }] });
  return benchBoard(core, imported.board.meta.id);
}

/** The whole board's layout as the app kept it; the app saves it just after showing it. */
async function keptPositions(core: Core, board: BenchBoard): Promise<Record<string, { x: number; y: number }>> {
  for (let tries = 0; tries < 100; tries++) {
    const kept = await apiOf(core)['layouts.get']({ boardHash: board.hash, scope: 'board' });
    if (kept) return kept.positions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no kept layout for ${board.id}`);
}

/** The views both pages are measured at: the plain page's fit view, and zoom 1 wheeled to from there. */
interface Views {
  fit: Transform;
  zoomOne: Transform;
}

/**
 * Pan and fps at fit view, then pan at zoom 1: each starts where the one before ended, at fit view.
 * `views`: where to measure instead of the page's own fit view and zoom 1. The app's own fit view
 * differs, and its graph changes height as the caption under it follows the node under the pointer,
 * so a wheel at its centre would not land where the plain page's does.
 */
async function interactions(page: Page, views?: Views): Promise<Interactions> {
  let ownFitTransform: Transform | null = null;
  let fitTransform: Transform;
  try {
    ownFitTransform = await settledTransform(page);
    fitTransform = views ? await moveViewTo(page, views.fit) : ownFitTransform;
  } catch (error) {
    return { ...failedInteractions(`no fit view: ${(error as Error).message}`), ownFitTransform };
  }
  const fps = await measured(() => panZoomFps(page));
  const panFit = await measured(() => panP95(page));
  let zoomOneTransform: Transform | null = null;
  let panZoomOne: Figure;
  try {
    zoomOneTransform = views ? await moveViewTo(page, views.zoomOne) : await wheelToZoom(page, 1);
    panZoomOne = await measured(() => panP95(page));
  } catch (error) {
    panZoomOne = { failed: `no zoom 1: ${(error as Error).message}` };
  }
  return { ownFitTransform, fitTransform, zoomOneTransform, fps, panFit, panZoomOne, size: await flowSize(page) };
}

/** The board picked for the first time in this data folder: laid out afresh. */
async function firstOpen(browser: Browser, host: RunningHost, board: BenchBoard) {
  const page = await freshPage(browser);
  try {
    await openApp(page, host);
    const { selectedAt, paintedAt } = await selectBoard(page, board.id, board.nodeIds);
    const layoutEnd = await measured(async () => (await layoutDoneAfter(page, selectedAt)) - selectedAt);
    const task =
      'value' in layoutEnd
        ? await measured(() => longestTask(page, selectedAt, selectedAt + layoutEnd.value))
        : { failed: 'no layout end' };
    // React Flow's own box in .graph-flow, once the view has settled: what its fit view and zoom work in.
    await settledTransform(page);
    const container = await flowSize(page);
    return { layout: layoutEnd, longestTask: task, readyFirst: { value: paintedAt - selectedAt }, container };
  } finally {
    await closePage(page);
  }
}

/** A new browser context (as after a reload, nothing in memory), the board picked again: its kept layout. */
async function keptOpen(browser: Browser, host: RunningHost, board: BenchBoard, views: Views | undefined) {
  const page = await freshPage(browser);
  try {
    await openApp(page, host);
    const ready = await measured(async () => {
      const { selectedAt, paintedAt } = await selectBoard(page, board.id, board.nodeIds);
      return paintedAt - selectedAt;
    });
    return {
      ready,
      interactions: 'value' in ready ? await interactions(page, views) : failedInteractions(ready.failed),
    };
  } finally {
    await closePage(page);
  }
}

function failedInteractions(why: string): Interactions {
  const failed = { failed: why };
  return {
    ownFitTransform: null,
    fitTransform: null,
    zoomOneTransform: null,
    fps: failed,
    panFit: failed,
    panZoomOne: failed,
  };
}

async function plainOpen(browser: Browser, plainUrl: string, plainBoard: unknown): Promise<Interactions> {
  const page = await freshPage(browser);
  try {
    await page.goto(`${plainUrl}/plain.html`);
    await page.waitForFunction(() => 'benchLoad' in globalThis);
    await paintedAfter(page, '.react-flow__node', undefined, () =>
      page.evaluate(
        (board) => (globalThis as unknown as { benchLoad(board: unknown): void }).benchLoad(board),
        plainBoard,
      ),
    );
    return await interactions(page);
  } finally {
    await closePage(page);
  }
}

async function measureSize(browser: Browser, plainUrl: string, size: number): Promise<SizeRow> {
  return withCore(async (core, dataDir) => {
    const host = await startHost(core, dataDir, APP_RENDERER_DIR);
    try {
      const board = await importSynthetic(core, size);
      const first = await firstOpen(browser, host, board);
      // The plain page first: its fit view (the whole board) is where both pages are measured.
      const plainBoard = { positions: await keptPositions(core, board), edges: board.edges, ...first.container };
      const plain: Interactions[] = [];
      for (let run = 0; run < RUNS; run++) plain.push(await plainOpen(browser, plainUrl, plainBoard));
      const measuredPlain = plain.find((run) => run.fitTransform && run.zoomOneTransform);
      const views = measuredPlain && { fit: measuredPlain.fitTransform!, zoomOne: measuredPlain.zoomOneTransform! };
      const readyKept: Figure[] = [];
      const app: Interactions[] = [];
      for (let run = 0; run < RUNS; run++) {
        const kept = await keptOpen(browser, host, board, views);
        readyKept.push(kept.ready);
        app.push(kept.interactions);
      }
      return {
        size,
        layout: first.layout,
        longestTask: first.longestTask,
        readyFirst: first.readyFirst,
        readyKept,
        app,
        plain,
      };
    } finally {
      await host.close();
    }
  });
}

/** The shipped board with its kept layout: laid out once, then picked again from another board in new contexts. */
async function measureWebshopKept(browser: Browser): Promise<Figure[]> {
  return withCore(async (core, dataDir) => {
    const host = await startHost(core, dataDir, APP_RENDERER_DIR);
    try {
      const other = await importSynthetic(core, 50);
      const webshop = await benchBoard(core, WEBSHOP);
      const ready: Figure[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await freshPage(browser);
        try {
          // The app opens on the shipped board (laid out and kept the first time); from another board back to it.
          await openApp(page, host);
          await keptPositions(core, webshop);
          await selectBoard(page, other.id, other.nodeIds);
          ready.push(
            await measured(async () => {
              const { selectedAt, paintedAt } = await selectBoard(page, WEBSHOP, webshop.nodeIds);
              return paintedAt - selectedAt;
            }),
          );
        } finally {
          await closePage(page);
        }
      }
      return ready;
    } finally {
      await host.close();
    }
  });
}

// --- the table

/** The median of the runs that worked, with how many did if not all; else why the first failed. */
function medianOf(figures: Figure[]): Figure & { note?: string } {
  const values = figures.flatMap((figure) => ('value' in figure ? [figure.value] : []));
  if (values.length === 0) return figures[0] ?? { failed: 'not run' };
  return { value: median(values), note: values.length < figures.length ? `(${values.length}/${figures.length})` : '' };
}

function cell(figure: Figure & { note?: string }, digits = 0): string {
  return 'value' in figure ? `${figure.value.toFixed(digits)}${figure.note ?? ''}` : `failed: ${figure.failed}`;
}

function ratioCell(app: Figure, plain: Figure): string {
  return 'value' in app && 'value' in plain ? (app.value / plain.value).toFixed(2) : '-';
}

const pick = (runs: Interactions[], key: 'fps' | 'panFit' | 'panZoomOne') => medianOf(runs.map((run) => run[key]));

function rowCells(row: SizeRow): string[] {
  const [panFitApp, panFitPlain] = [pick(row.app, 'panFit'), pick(row.plain, 'panFit')];
  const [panOneApp, panOnePlain] = [pick(row.app, 'panZoomOne'), pick(row.plain, 'panZoomOne')];
  return [
    String(row.size),
    cell(row.layout),
    longTaskCell(row.longestTask),
    cell(row.readyFirst),
    cell(medianOf(row.readyKept)),
    `${cell(panFitApp, 1)} / ${cell(panFitPlain, 1)} / ${ratioCell(panFitApp, panFitPlain)}`,
    `${cell(panOneApp, 1)} / ${cell(panOnePlain, 1)} / ${ratioCell(panOneApp, panOnePlain)}`,
    `${cell(pick(row.app, 'fps'))} / ${cell(pick(row.plain, 'fps'))}`,
  ];
}

const HEADINGS = [
  'nodes',
  'layout ms',
  'longest task ms',
  'ready first ms',
  'ready kept ms',
  'pan p95 fit ms (app / plain / ratio)',
  'pan p95 zoom 1 ms (app / plain / ratio)',
  'fps zoomed out (app / plain)',
];

function printTable(rows: string[][]): void {
  const widths = HEADINGS.map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column]!)).join('  ');
  console.log(line(HEADINGS));
  for (const row of rows) console.log(line(row));
}

const shownSize = (size: { width: number; height: number } | undefined) =>
  size ? `${size.width.toFixed(1)}x${size.height.toFixed(1)}` : 'unknown';

/** Whether the app and the plain page were measured at the same view, so their figures compare. */
function transformCheck(row: SizeRow): string {
  const [app, plain] = [row.app[0], row.plain[0]];
  const check = (what: string, a: Transform | null | undefined, b: Transform | null | undefined) =>
    `${what}: app ${shownTransform(a ?? null)}, plain ${shownTransform(b ?? null)}, ${a && b && sameTransform(a, b) ? 'same' : 'NOT THE SAME'}`;
  return (
    `${row.size} nodes: own fit view: app ${shownTransform(app?.ownFitTransform ?? null)}, ` +
    `plain ${shownTransform(plain?.ownFitTransform ?? null)}\n    ` +
    `${check('measured at fit view', app?.fitTransform, plain?.fitTransform)}\n    ` +
    `${check('at zoom 1', app?.zoomOneTransform, plain?.zoomOneTransform)}\n    ` +
    `React Flow container at the end: app ${shownSize(app?.size)}, plain ${shownSize(plain?.size)}`
  );
}

function printHeader(sizes: number[]): void {
  console.log(
    `Chromium 1920x1080, headless, through the browser host; boards ${sizes.join(', ')} nodes (BENCH_SIZES to choose).\n` +
      `layout: picking the board to its boardwalk:layout measure ending (one run); longest task: the longest main-thread\n` +
      `task meanwhile (one run); ready first: picking the board to one frame after its first node is in the page, laid out\n` +
      `afresh (one run); ready kept: the same in a new browser context, from the board the app opens on, with the kept\n` +
      `layout (median of ${RUNS}); pan p95: 95th percentile of frame intervals while dragging the canvas for 2 s; fps: frames\n` +
      `per second while dragging 1 s and wheel-zooming in and out 1 s at fit view (medians of ${RUNS}, each in a new context).\n` +
      `plain: React Flow with default nodes on the same positions and edges in the same container (renderer/bench/plain.tsx).\n` +
      `Pan and fps are measured in both pages at the plain page's fit view (the whole board) and at zoom 1 wheeled to from\n` +
      `there at its centre; the app is brought to those same transforms by a wheel step and drags (checked below).\n`,
  );
}

export async function run(): Promise<void> {
  const sizes = sizesAsked();
  buildApp();
  const plainDir = await buildPlainPage();
  const plain = await serveFolder(plainDir);
  const browser = await launchChromium();
  try {
    printHeader(sizes);
    const rows: SizeRow[] = [];
    for (const size of sizes) {
      console.error(`board-graph: ${size} nodes…`);
      rows.push(await measureSize(browser, plain.url, size));
    }
    console.error('board-graph: the webshop board…');
    const webshop = await measureWebshopKept(browser);
    console.log('');
    printTable(rows.map(rowCells));
    console.log(`\nwebshop-migration ready with its kept layout: ${cell(medianOf(webshop))} ms (median of ${RUNS})`);
    console.log('\nSame view in both pages when measured:');
    for (const row of rows) console.log(`  ${transformCheck(row)}`);
    printTargets(rows, webshop);
  } finally {
    await browser.close();
    await plain.close();
    rmSync(plainDir, { recursive: true, force: true });
  }
}

function printTargets(rows: SizeRow[], webshop: Figure[]): void {
  const rowOf = (size: number) => rows.find((row) => row.size === size);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'yes' : 'NO');
  const value = (figure: Figure | undefined) => (figure && 'value' in figure ? figure.value : undefined);
  const below = (figure: Figure | undefined, limit: number) =>
    value(figure) === undefined ? undefined : value(figure)! <= limit;
  const five = rowOf(5000);
  const two = rowOf(2000);
  const ratioWithin = (row: SizeRow | undefined, key: 'panFit' | 'panZoomOne') => {
    const [app, plain] = row ? [value(pick(row.app, key)), value(pick(row.plain, key))] : [];
    return app === undefined || plain === undefined ? undefined : app / plain <= 1.1;
  };
  const bothWithin = (row: SizeRow | undefined) => {
    const [fit, one] = [ratioWithin(row, 'panFit'), ratioWithin(row, 'panZoomOne')];
    return fit === undefined || one === undefined ? undefined : fit && one;
  };
  console.log('\nTargets:');
  console.log(
    `  5,000 nodes laid out in 2 s, no main-thread task over 50 ms: ${verdict(
      five && below(five.layout, 2000) !== undefined && below(five.longestTask, 50) !== undefined
        ? below(five.layout, 2000)! && below(five.longestTask, 50)!
        : undefined,
    )}`,
  );
  console.log(
    `  2,000 nodes ready in 500 ms with a kept layout: ${verdict(below(two && medianOf(two.readyKept), 500))}`,
  );
  console.log(`  webshop ready in 300 ms with its kept layout: ${verdict(below(medianOf(webshop), 300))}`);
  console.log(`  pan p95 within 1.1x of plain at 2,000 nodes: ${verdict(bothWithin(two))}`);
  console.log(`  pan p95 within 1.1x of plain at 5,000 nodes: ${verdict(bothWithin(five))}`);
  console.log(
    `  at least 30 fps zoomed out at 5,000 nodes: ${verdict(five && value(pick(five.app, 'fps')) !== undefined ? value(pick(five.app, 'fps'))! >= 30 : undefined)}`,
  );
}
