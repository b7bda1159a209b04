/**
 * The audit trail of a long session in Chromium through the browser host: a session of 10,000
 * recorded changes on the webshop board, the app opened on it, the audit trail opened from the
 * header's More menu (time to the first row shown, longest main-thread task meanwhile), scrolled to
 * the last change (the dialog reads pages of 200 as the end comes near), and one page of
 * `events.list` over HTTP.
 */
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import type { ApiInput } from '../../shared/api/contract.ts';
import { syntheticSessionFile } from '../synthetic/session.ts';
import {
  APP_RENDERER_DIR,
  buildApp,
  closePage,
  freshPage,
  inputAt,
  launchChromium,
  longestTask,
  longTaskCell,
  measured,
  openApp,
  paintedAfter,
  scrollUntil,
  type Figure,
} from './browser.ts';
import { apiOf, hostApiOf, median, startHost, withCore, type RunningHost } from './helpers.ts';

export const title = 'Audit trail of a 10,000-change session: opened, scrolled to the end, a page over HTTP';

const CHANGES = 10_000;
const RUNS = 3;
const HTTP_RUNS = 10;
const PAGE = 200;
const TARGET_SHOWN_MS = 300;
const MORE_MENU = /^(More|Meer)…$/;
const AUDIT_TRAIL = /^(Audit trail|Logboek)$/;
const ROW = '.audit-table tbody tr[data-event-id]';

interface Opened {
  shown: Figure;
  longestTask: Figure;
}

/** From the click on the menu item to one frame after the first row is in the page. */
async function openAuditTrail(page: Page): Promise<Opened> {
  await page.getByRole('button', { name: MORE_MENU }).click();
  const shownAt = await paintedAfter(page, ROW, undefined, async () => {
    // Enabled once the session is open: the click waits for that, and its time is the event's own.
    await page.getByRole('button', { name: AUDIT_TRAIL }).click();
  });
  const clickedAt = await inputAt(page, 'click');
  return { shown: { value: shownAt - clickedAt }, longestTask: { value: await longestTask(page, clickedAt, shownAt) } };
}

interface Scrolled {
  time: Figure;
  longestTask: Figure;
}

async function scrollToLastChange(page: Page, lastEventId: number): Promise<Scrolled> {
  try {
    const { start, end } = await scrollUntil(page, '.audit-scroller', `${ROW}[data-event-id="${lastEventId}"]`);
    return { time: { value: end - start }, longestTask: { value: await longestTask(page, start, end) } };
  } catch (error) {
    const failed = { failed: (error as Error).message.split('\n')[0]! };
    return { time: failed, longestTask: failed };
  }
}

/** One run in a new browser context: the trail opened, and scrolled to its end if asked. */
async function auditRun(browser: Browser, host: RunningHost, scrollTo: number | null) {
  const page = await freshPage(browser);
  try {
    await openApp(page, host);
    const opened: Opened = await openAuditTrail(page).catch((error: Error) => {
      const failed = { failed: error.message.split('\n')[0]! };
      return { shown: failed, longestTask: failed };
    });
    const scrolled = scrollTo !== null && 'value' in opened.shown ? await scrollToLastChange(page, scrollTo) : null;
    return { opened, scrolled };
  } finally {
    await closePage(page);
  }
}

/** Median time of `events.list` over the host's HTTP API, as the renderer calls it. */
async function eventsPageOverHttp(host: RunningHost, input: ApiInput<'events.list'>): Promise<number> {
  const api = hostApiOf(host);
  const times: number[] = [];
  for (let run = 0; run < HTTP_RUNS; run++) {
    const start = performance.now();
    const events = await api['events.list'](input);
    times.push(performance.now() - start);
    if (events.length !== PAGE) throw new Error(`events.list answered ${events.length} events`);
  }
  return median(times);
}

const cell = (figure: Figure) => ('value' in figure ? `${figure.value.toFixed(0)} ms` : `failed: ${figure.failed}`);

function medianOf(figures: Figure[]): Figure {
  const values = figures.flatMap((figure) => ('value' in figure ? [figure.value] : []));
  return values.length === figures.length
    ? { value: median(values) }
    : (figures.find((f) => 'failed' in f) ?? figures[0]!);
}

export async function run(): Promise<void> {
  buildApp();
  const browser = await launchChromium();
  try {
    await withCore(async (core, dataDir) => {
      const host = await startHost(core, dataDir, APP_RENDERER_DIR);
      try {
        const { board, hash } = await apiOf(core)['boards.get']({ boardId: 'webshop-migration' });
        const file = syntheticSessionFile(board, hash, CHANGES);
        const base64 = Buffer.from(JSON.stringify(file)).toString('base64');
        const session = await apiOf(core)['sessions.import']({ file: { name: 'long-session.json', base64 } });
        const lastEventId = file.events.at(-1)!.id;

        const opened: Opened[] = [];
        let scrolled: Scrolled = { time: { failed: 'not run' }, longestTask: { failed: 'not run' } };
        for (let run = 0; run < RUNS; run++) {
          const result = await auditRun(browser, host, run === 0 ? lastEventId : null);
          opened.push(result.opened);
          scrolled = result.scrolled ?? scrolled;
        }
        const firstPage = await measured(() => eventsPageOverHttp(host, { sessionId: session.id, limit: PAGE }));
        const lastPage = await measured(() =>
          eventsPageOverHttp(host, { sessionId: session.id, after: lastEventId - PAGE, limit: PAGE }),
        );

        const shown = medianOf(opened.map((open) => open.shown));
        console.log(
          `Chromium 1920x1080, headless, through the browser host; webshop board, one session of ${CHANGES} recorded changes\n` +
            `(${lastEventId} events with the session's creation). Opening: median of ${RUNS}, each in a new browser context;\n` +
            `scrolling: one run; HTTP: median of ${HTTP_RUNS} calls of a page of ${PAGE}.\n`,
        );
        const rows: [string, string][] = [
          ['audit trail shown (click to first row painted)', cell(shown)],
          ['longest main-thread task meanwhile, ms', longTaskCell(medianOf(opened.map((open) => open.longestTask)))],
          [`scrolled to the last change (event ${lastEventId})`, cell(scrolled.time)],
          ['longest main-thread task while scrolling, ms', longTaskCell(scrolled.longestTask)],
          [`events.list, first page of ${PAGE}, over HTTP`, cell(firstPage)],
          [`events.list, last page of ${PAGE}, over HTTP`, cell(lastPage)],
        ];
        const width = Math.max(...rows.map(([what]) => what.length));
        for (const [what, value] of rows) console.log(`${what.padEnd(width)}  ${value}`);
        const verdict = 'value' in shown ? (shown.value <= TARGET_SHOWN_MS ? 'yes' : 'NO') : 'not measured';
        console.log(`\nTarget: the audit trail shown in ${TARGET_SHOWN_MS} ms: ${verdict}`);
      } finally {
        await host.close();
      }
    });
  } finally {
    await browser.close();
  }
}
