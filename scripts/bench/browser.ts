/**
 * What the browser benches share: the built app and the plain React Flow page, Chromium at a
 * full-HD viewport with a probe in every page (long tasks, frames, first appearance of an element),
 * opening the app on a board, and driving a graph the same way in either page.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { mimeTypeOf, rendererPathFor } from '../../electron/adapters/rendererFiles.ts';
import type { RunningHost } from './helpers.ts';
import { percentile } from './helpers.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const APP_RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const VIEWPORT = { width: 1920, height: 1080 };
/** Waits are generous: two cores are shared with the host, the layout worker and other work. */
export const LONG_WAIT_MS = 180_000;
/** The app's board picker, in Dutch (the default UI language) or English. */
const BOARD_PICKER = /^(Bord|Board)$/;

export type Point = { x: number; y: number };
export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

/** The Long Tasks API reports main-thread tasks from this long on; a longest task of 0 means none. */
export const LONG_TASK_MS = 50;

/** A longest task as printed: the Long Tasks API sees none under 50 ms, so 0 is "none of 50 ms or more". */
export const longTaskCell = (figure: Figure) =>
  'value' in figure
    ? figure.value === 0
      ? `none >= ${LONG_TASK_MS}`
      : figure.value.toFixed(0)
    : `failed: ${figure.failed}`;

/** A figure, or why it could not be measured: a bench prints no made-up numbers. */
export type Figure = { value: number } | { failed: string };

export async function measured(work: () => Promise<number>): Promise<Figure> {
  try {
    return { value: await work() };
  } catch (error) {
    return { failed: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120) };
  }
}

let appBuilt = false;

/**
 * Builds the app (electron-vite, as `npm run build`) once per `npm run bench`: the benches measure
 * the sources as they are now, never an out/ left from another branch.
 */
export function buildApp(): void {
  if (appBuilt) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  appBuilt = true;
}

/** Builds renderer/bench/plain.html into a temp folder, with the app's React plugin; returns the folder. */
export async function buildPlainPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'boardwalk-bench-plain-'));
  const root = join(ROOT, 'renderer', 'bench');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'plain.html') } },
  });
  return outDir;
}

/**
 * A folder's files over HTTP on loopback (the plain page), mapped to files as the app's own shells
 * map theirs: a path that does not decode or leads outside the folder is refused, never thrown on.
 */
export async function serveFolder(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const found = rendererPathFor(folder, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!found.ok || !existsSync(found.file) || !statSync(found.file).isFile()) {
      response.writeHead(found.ok ? 404 : found.status).end();
      return;
    }
    response.writeHead(200, { 'content-type': mimeTypeOf(found.file) });
    createReadStream(found.file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Put into every page before its own scripts: long tasks (buffered from the start), the time of the
 * last input event of each type, frame times on request, and the first appearance of an element.
 * Plain JavaScript: it runs in the page, and scripts/ are type-checked without the DOM.
 */
const PAGE_PROBE = `(() => {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) longTasks.push({ start: task.startTime, end: task.startTime + task.duration });
  }).observe({ type: 'longtask', buffered: true });
  const inputAt = {};
  for (const type of ['change', 'click'])
    document.addEventListener(type, (event) => { inputAt[type] = event.timeStamp; }, true);
  let frames = null;
  const onFrame = (time) => {
    if (!frames) return;
    frames.push(time);
    requestAnimationFrame(onFrame);
  };
  let armed = null;
  window.__bench = {
    inputAt: (type) => inputAt[type] ?? null,
    longestTask: (from, to) =>
      Math.max(0, ...longTasks.filter((task) => task.end > from && task.start < to).map((task) => task.end - task.start)),
    startFrames: () => {
      frames = [];
      requestAnimationFrame(onFrame);
    },
    stopFrames: () => {
      const done = frames;
      frames = null;
      return done;
    },
    // Resolves with the time one frame after an element matching the selector (with a data-id among ids,
    // if given) is first in the page: the frame that paints it has then begun.
    armFirst: (selector, ids) => {
      const wanted = ids ? new Set(ids) : null;
      // A node of the board, or the drawing of a big board far away (GraphOverview) with that many nodes.
      const isWanted = (element) =>
        !wanted ||
        (element.matches('.graph-overview')
          ? Number(element.dataset.nodeCount) === wanted.size
          : wanted.has(element.dataset.id));
      const present = () => [...document.querySelectorAll(selector)].some(isWanted);
      armed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!present()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    armed: () => armed,
    layoutEnd: (since) => {
      const done = performance.getEntriesByName('boardwalk:layout').find((entry) => entry.startTime >= since);
      return done ? done.startTime + done.duration : null;
    },
    transform: () => {
      const style = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
      const match = /translate\\((-?[\\d.e-]+)px, (-?[\\d.e-]+)px\\) scale\\(([\\d.e-]+)\\)/.exec(style);
      return match ? { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } : null;
    },
    // The free spot of the graph nearest its centre, from which a drag pans: no node or panel under it, and
    // no edge either if there is such a spot (an edge of the plain page can be selected; a node, dragged).
    freePoint: () => {
      const box = document.querySelector('.react-flow').getBoundingClientRect();
      const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      const spots = [];
      for (let dx = -box.width / 2 + 20; dx < box.width / 2 - 20; dx += 10)
        for (let dy = -box.height / 2 + 20; dy < box.height / 2 - 20; dy += 10) spots.push({ x: centre.x + dx, y: centre.y + dy });
      spots.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
      const clear = (avoid) => (spot) => {
        const element = document.elementFromPoint(spot.x, spot.y);
        return element?.closest('.react-flow') && !element.closest(avoid);
      };
      return (
        spots.find(clear('.react-flow__node, .react-flow__edge, .react-flow__panel')) ??
        spots.find(clear('.react-flow__node, .react-flow__panel')) ??
        null
      );
    },
    afterTwoFrames: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    // Scrolls the element to its end until the wanted one is in the page; ms from the start to one frame after.
    scrollUntil: async (scrollerSelector, wantedSelector, timeoutMs) => {
      const start = performance.now();
      const scroller = document.querySelector(scrollerSelector);
      while (!document.querySelector(wantedSelector)) {
        if (performance.now() - start > timeoutMs) throw new Error('timed out scrolling to ' + wantedSelector);
        scroller.scrollTop = scroller.scrollHeight;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { start, end: performance.now() };
    },
    box: () => {
      const box = document.querySelector('.react-flow').getBoundingClientRect();
      return { x: box.left, y: box.top, width: box.width, height: box.height };
    },
    onPane: (x, y) => {
      const element = document.elementFromPoint(x, y);
      return Boolean(element?.closest('.react-flow') && !element.closest('.react-flow__panel'));
    },
    centre: () => {
      const box = document.querySelector('.react-flow').getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
  };
})();`;

/** The probe as the benches call it; it lives on the page's window. */
interface Probe {
  inputAt(type: 'change' | 'click'): number | null;
  longestTask(from: number, to: number): number;
  startFrames(): void;
  stopFrames(): number[] | null;
  armFirst(selector: string, ids?: string[]): void;
  armed(): Promise<number> | null;
  layoutEnd(since: number): number | null;
  transform(): Transform | null;
  freePoint(): Point | null;
  afterTwoFrames(): Promise<void>;
  scrollUntil(
    scrollerSelector: string,
    wantedSelector: string,
    timeoutMs: number,
  ): Promise<{ start: number; end: number }>;
  box(): Box;
  onPane(x: number, y: number): boolean;
  centre(): Point;
}
type Box = { x: number; y: number; width: number; height: number };
type ProbeWindow = { __bench: Probe };

/** Calls the probe in the page (the function below runs there, so it can use nothing of this module). */
function callProbe<K extends keyof Probe>(
  page: Page,
  method: K,
  ...args: Parameters<Probe[K]>
): Promise<Awaited<ReturnType<Probe[K]>>> {
  return page.evaluate(
    ([method, args]) => {
      const bench = (globalThis as unknown as ProbeWindow).__bench;
      return (bench[method] as (...values: unknown[]) => unknown)(...args);
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A page in a context of its own: nothing kept from an earlier page (no last board, no cache). */
export async function freshPage(browser: Browser, viewport = VIEWPORT): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(LONG_WAIT_MS);
  return page;
}

export const closePage = (page: Page) => page.context().close();

/** A main-thread task of the page: how long it took (what the Long Tasks API sees) and the CPU time it used. */
export interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The page's main-thread tasks while `work` runs, from Chromium's trace (category `toplevel`). On a
 * shared machine a task's wall time includes the time the OS gave the CPU to others; its CPU time
 * is the page's own work, which is what a change to the app can change.
 */
export async function tracedTasks<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; tasks: TracedTask[] }> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const done = await work().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const trace = await browser.stopTracing();
  if (!done.ok) throw done.error;
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const tasks = events
    .filter(
      (event) =>
        main &&
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask',
    )
    .map((event) => ({ wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? event.dur ?? 0) / 1000 }));
  return { result: done.value, tasks };
}

export async function withTimeout<T>(promise: Promise<T>, what: string, timeoutMs = LONG_WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The app as the browser host serves it, on the board it opens first, drawn. */
export async function openApp(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.pageUrl());
  await page.locator('.react-flow__node').first().waitFor();
}

/** Arms the probe for the first of these elements, does `act`, and returns when it was painted. */
export async function paintedAfter(page: Page, selector: string, ids: string[] | undefined, act: () => Promise<void>) {
  await callProbe(page, 'armFirst', selector, ids);
  await act();
  const painted = await withTimeout(callProbe(page, 'armed'), `${selector} to be painted`);
  if (painted === null) throw new Error('the probe was not armed');
  return painted;
}

export const inputAt = async (page: Page, type: 'change' | 'click') => {
  const at = await callProbe(page, 'inputAt', type);
  if (at === null) throw new Error(`no ${type} event seen`);
  return at;
};

export const longestTask = (page: Page, from: number, to: number) => callProbe(page, 'longestTask', from, to);

/** The page's clock now (performance.now()), to bound a window of long tasks. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Scrolls a list to its end, again and again as it grows, until `wanted` is in the page; when that began and ended. */
export const scrollUntil = (page: Page, scroller: string, wanted: string) =>
  callProbe(page, 'scrollUntil', scroller, wanted, LONG_WAIT_MS);

/** What shows a board is drawn: its nodes, or for a big board far away the one drawing of them. */
const BOARD_DRAWN = '.react-flow__node, .graph-overview';

/** Picks a board in the header; `nodeIds` are its nodes, so the board shown before does not count. */
export async function selectBoard(page: Page, boardId: string, nodeIds: string[]) {
  const paintedAt = await paintedAfter(page, BOARD_DRAWN, nodeIds, async () => {
    await page.getByRole('combobox', { name: BOARD_PICKER }).selectOption(boardId);
  });
  const selectedAt = await inputAt(page, 'change');
  return { selectedAt, paintedAt };
}

/** When the layout computed since `since` was done (the app's `boardwalk:layout` measure); asked once the board is painted. */
export async function layoutDoneAfter(page: Page, since: number): Promise<number> {
  const end = await callProbe(page, 'layoutEnd', since);
  if (end === null) throw new Error('no boardwalk:layout measure since the board was picked');
  return end;
}

/** The size of the graph's React Flow container (`.react-flow`), fractions of pixels included. */
export async function flowSize(page: Page): Promise<{ width: number; height: number }> {
  const { width, height } = await callProbe(page, 'box');
  return { width, height };
}

/** Waits until the view has stopped moving (a fit view may be animated), and returns where it is. */
export async function settledTransform(page: Page, timeoutMs = 10_000): Promise<Transform> {
  const start = performance.now();
  let last = await viewportTransform(page);
  while (performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await viewportTransform(page);
    if (sameTransform(last, now, 0.01)) return now;
    last = now;
  }
  throw new Error('the view did not settle');
}

export async function viewportTransform(page: Page): Promise<Transform> {
  const transform = await callProbe(page, 'transform');
  if (!transform) throw new Error('no .react-flow__viewport transform');
  return transform;
}

/** Frame times (requestAnimationFrame) in the page while `work` runs. */
async function framesDuring(page: Page, work: () => Promise<void>): Promise<number[]> {
  await callProbe(page, 'startFrames');
  await work();
  const frames = await callProbe(page, 'stopFrames');
  if (!frames || frames.length < 2) throw new Error('no frames recorded');
  return frames;
}

export function p95FrameInterval(frames: number[]): number {
  const intervals = frames.slice(1).map((time, index) => time - frames[index]!);
  return percentile(
    intervals.sort((a, b) => a - b),
    95,
  );
}

export const framesPerSecond = (frames: number[]) => ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!);

const PAN_PERIOD_MS = 1000;
const PAN_AMPLITUDE = 300;

/**
 * Drags the canvas back and forth from a free spot for about `durationMs`, and lets go where it
 * started: a pan follows the pointer, so the view is where it was before.
 */
async function dragBackAndForth(page: Page, durationMs: number): Promise<void> {
  const from = await callProbe(page, 'freePoint');
  if (!from) throw new Error('no free spot to drag from');
  const before = await viewportTransform(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = performance.now();
  let moves = 0;
  for (let elapsed = 0; elapsed < durationMs; elapsed = performance.now() - start) {
    const swing = Math.sin((2 * Math.PI * elapsed) / PAN_PERIOD_MS);
    await page.mouse.move(from.x + PAN_AMPLITUDE * swing, from.y + (PAN_AMPLITUDE / 3) * swing);
    if (++moves === 10 && sameTransform(before, await viewportTransform(page)))
      throw new Error('the drag did not pan the view');
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.up();
}

/** Wheel steps in and out at the centre for about `durationMs`, ending at the zoom it started at. */
async function wheelInAndOut(page: Page, durationMs: number): Promise<void> {
  const centre = await callProbe(page, 'centre');
  await page.mouse.move(centre.x, centre.y);
  const start = performance.now();
  let inward = true;
  while (performance.now() - start < durationMs || !inward) {
    await page.mouse.wheel(0, inward ? -WHEEL_STEP : WHEEL_STEP);
    inward = !inward;
  }
}
/** Zooms by 2^(40 × 0.002), about 6 %: React Flow's wheel factor for pixel deltas is 0.002. */
const WHEEL_STEP = 40;
const REACT_FLOW_WHEEL_FACTOR = 0.002;

/** Within a pixel: the mouse moves by whole pixels, so a drag cannot do better. */
export function sameTransform(a: Transform, b: Transform, tolerance = 1): boolean {
  return Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance && Math.abs(a.zoom / b.zoom - 1) <= 0.001;
}

export const shownTransform = (transform: Transform | null) =>
  transform ? `(${transform.x.toFixed(1)}, ${transform.y.toFixed(1)}) × ${transform.zoom.toFixed(4)}` : 'unknown';

/** Drags the canvas by (dx, dy) from a free spot near the centre: a pan follows the pointer exactly. */
async function dragBy(page: Page, dx: number, dy: number): Promise<void> {
  const from = await callProbe(page, 'freePoint');
  if (!from) throw new Error('no free spot to drag from');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
  await page.mouse.up();
}

/**
 * Brings the view to `target` as a user could: one wheel step about the point that stays put between
 * the two views (it lands on the target at once), then drags for whatever is left.
 */
export async function moveViewTo(page: Page, target: Transform): Promise<Transform> {
  const box = await callProbe(page, 'box');
  const now = await viewportTransform(page);
  const factor = target.zoom / now.zoom;
  if (Math.abs(factor - 1) > 1e-6) {
    let pivot = { x: (target.x - now.x * factor) / (1 - factor), y: (target.y - now.y * factor) / (1 - factor) };
    const inside = pivot.x > 0 && pivot.y > 0 && pivot.x < box.width && pivot.y < box.height;
    if (!inside || !(await callProbe(page, 'onPane', box.x + pivot.x, box.y + pivot.y)))
      pivot = { x: box.width / 2, y: box.height / 2 };
    await page.mouse.move(box.x + pivot.x, box.y + pivot.y);
    await page.mouse.wheel(0, Math.log2(now.zoom / target.zoom) / REACT_FLOW_WHEEL_FACTOR);
    await callProbe(page, 'afterTwoFrames');
  }
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  for (let drags = 0; drags < 30; drags++) {
    const at = await viewportTransform(page);
    const [dx, dy] = [target.x - at.x, target.y - at.y];
    if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) break;
    await dragBy(page, clamp(dx, box.width / 3), clamp(dy, box.height / 3));
  }
  const reached = await viewportTransform(page);
  if (!sameTransform(reached, target))
    throw new Error(`the view reached ${shownTransform(reached)}, not ${shownTransform(target)}`);
  return reached;
}

/** p95 of frame intervals while the canvas is dragged for about `durationMs`. */
export async function panP95(page: Page, durationMs = 2000): Promise<number> {
  return p95FrameInterval(await framesDuring(page, () => dragBackAndForth(page, durationMs)));
}

/** Frames per second while the canvas is dragged for half of `durationMs` and zoomed in and out for the rest. */
export async function panZoomFps(page: Page, durationMs = 2000): Promise<number> {
  return framesPerSecond(
    await framesDuring(page, async () => {
      await dragBackAndForth(page, durationMs / 2);
      await wheelInAndOut(page, durationMs / 2);
    }),
  );
}

/** One wheel step at the centre that lands on `zoom` exactly, as a user's wheel would (d3-zoom, no animation). */
export async function wheelToZoom(page: Page, zoom: number): Promise<Transform> {
  const { zoom: current } = await viewportTransform(page);
  const centre = await callProbe(page, 'centre');
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, Math.log2(current / zoom) / REACT_FLOW_WHEEL_FACTOR);
  await callProbe(page, 'afterTwoFrames');
  const reached = await viewportTransform(page);
  if (Math.abs(reached.zoom - zoom) > 0.001) throw new Error(`the wheel reached zoom ${reached.zoom}, not ${zoom}`);
  return reached;
}
