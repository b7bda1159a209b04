import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { embeddedFontCss, ServiceError, type PdfPreparer, type PdfRenderer } from '../core/index.ts';
import { fontFacesOf, splitReport, type ReportParts } from './reportParts.ts';

/** CHROMIUM_PATH when it is set (and only then: a wrong one is said, not passed over), else the usual places. */
export function findChromium(): string | undefined {
  const chosen = process.env.CHROMIUM_PATH;
  const candidates = chosen ? [chosen] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

/** What the PDF asks of Chromium: A4 from the report's own @page rules, an outline from the headings, tags. */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  outline: true,
  tagged: true,
} as const;

/** Quiet: a print-only browser fetches no updates and makes no background requests. */
const QUIET = ['--disable-background-networking', '--disable-component-update'];

/**
 * How Chromium is started, fastest first. In its usual process model Chromium starts a print
 * compositor process for every PDF and hands it the page's accessibility tree for the tags: about a
 * fifth of a warm 50-item export on a 2-core machine. In one process it composes the PDF itself.
 * `--single-process` is a switch Chromium keeps for its own use and allows one browser context only,
 * so a failed page here takes its browser with it. A Chromium that will not start in a mode, or whose
 * browser goes away during an export, is started in the next mode, which prints that export and
 * every later one. Either way the page runs no script, loads nothing, and prints only the report's own
 * escaped markup; playwright-core starts Chromium's renderer without its sandbox in both.
 */
export const LAUNCH_MODES: readonly (readonly string[])[] = [[...QUIET, '--single-process'], QUIET];

export interface PrinterOptions {
  /** The modes to start Chromium in, in turn; LAUNCH_MODES unless a test chooses. */
  launchModes?: readonly (readonly string[])[];
  /** Told when Chromium is started in the next mode, and why. */
  log?: (line: string) => void;
}

export interface ChromiumPrinter {
  render: PdfRenderer;
  /**
   * Starts Chromium and loads the report fonts into the kept page, in turn with the exports, so the
   * export that follows waits for neither (on a 2-core machine they were about half of a first
   * 50-item export). Never fails: a Chromium that will not start is logged, and the export after it
   * tries again in the usual way.
   */
  prepare: PdfPreparer;
  /** Closes the browser if it was started; a later export starts it again. */
  close(): Promise<void>;
}

/** A print failed because its browser would not start or went away, which the next launch mode may not do. */
class BrowserLost extends Error {
  constructor(cause: unknown) {
    super('Chromium went away during an export', { cause });
  }
}

const FONTS_ID = 'boardwalk-report-fonts';

/** The kept page's document: only the report fonts, which load when a report first uses them. */
function fontShell(fonts: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style id="${FONTS_ID}">${fonts}</style></head><body></body></html>`;
}

/** The page as showReport uses it: this folder is type-checked without the DOM. */
interface PageDocument {
  documentElement: { lang: string };
  head: {
    childNodes: Iterable<{ id?: string; remove(): void }>;
    insertAdjacentHTML(where: 'beforeend', html: string): void;
  };
  body: { innerHTML: string };
}

interface ShownParts {
  fontsId: string;
  lang: string;
  head: string;
  body: string;
}

/**
 * Runs in the page (playwright-core sends its source, and the parts as its argument rather than
 * written into a script, and without the font faces, which stay: showing a 50-item report and
 * emptying the page after it took 54-66 ms so, against 119-220 ms with the report and the fonts
 * written into the script): everything but the font faces goes, then the report's
 * head and body come in. Page scripts stay off: the context has JavaScript disabled, which holds for
 * what the body brings; only this call runs.
 * Raw HTML on purpose: the parts are the report's own markup from renderReportHtml, the same that
 * setContent took before, in which every board and user text is already escaped (escapeHtml in
 * electron/core/reports/escape.ts). e2e/decision.spec.ts prints a rationale with `<b>` in it, a
 * Dutch report and then an English one through this path, and reads it back from the PDF as text.
 */
function showReport({ fontsId, lang, head, body }: ShownParts): void {
  const page = (globalThis as unknown as { document: PageDocument }).document;
  page.documentElement.lang = lang;
  for (const node of [...page.head.childNodes]) if (node.id !== fontsId) node.remove();
  page.head.insertAdjacentHTML('beforeend', head);
  // Raw HTML on purpose: the report's own markup, every board and user text escaped in it (above).
  page.body.innerHTML = body;
}

/**
 * One Chromium and one script-less, offline page kept warm for every export: started by the first
 * (or by `prepare`, when the export dialog opens), closed with the host. A new page per export cost
 * more than printing a 50-item report on a 2-core machine (a context of its own opens a window, which
 * loads the browser's own omnibox pages), so the exports take turns on the one page. The report's fonts stay loaded in it while the next report has
 * the same ones; the rest of each report replaces the previous one's. After each print the page is
 * emptied but for the fonts, so a report does not stay in the browser and its memory is freed before
 * the next one. After a failed export the browser is closed and the next export starts another.
 * Printing is asynchronous, so other requests go on meanwhile.
 */
export function createChromiumPrinter({ launchModes = LAUNCH_MODES, log }: PrinterOptions = {}): ChromiumPrinter {
  let mode = 0;
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let turn: Promise<unknown> = Promise.resolve();
  /** The font faces the kept page holds. */
  const fontsIn = new WeakMap<Page, string>();

  function start(): Promise<Browser> {
    const executablePath = findChromium();
    if (!executablePath) throw new ServiceError('internal', 'noChromium');
    const launching = chromium.launch({ executablePath, args: [...launchModes[mode]!] });
    // Forgotten when it goes away, unless another has been started meanwhile.
    const forget = () => {
      if (browser !== launching) return;
      browser = undefined;
      page = undefined;
    };
    launching.then((started) => started.once('disconnected', forget), forget);
    return launching;
  }

  async function openPage(launched: Promise<Browser>): Promise<Page> {
    const context = await (await launched).newContext({ javaScriptEnabled: false, offline: true });
    const opened = await context.newPage();
    await opened.route('**/*', (route) => route.abort());
    return opened;
  }

  async function printOnce(html: string): Promise<Uint8Array> {
    const launched = (browser ??= start());
    try {
      const current = await (page ??= openPage(launched));
      await show(current, html);
      return await current.pdf(PDF_OPTIONS);
    } catch (error) {
      const lost = !(await launched.then(
        (started) => started.isConnected(),
        () => false,
      ));
      await closeBrowser(launched);
      throw lost ? new BrowserLost(error) : error;
    }
  }

  async function print(html: string): Promise<Uint8Array> {
    for (;;) {
      try {
        return await printOnce(html);
      } catch (error) {
        if (!(error instanceof BrowserLost)) throw error;
        if (mode === launchModes.length - 1) throw error.cause;
        mode += 1;
        const reason = String(error.cause).split('\n')[0];
        log?.(`printer: Chromium failed in mode ${mode} (${reason}); starting it in mode ${mode + 1}`);
      }
    }
  }

  async function closeBrowser(launched: Promise<Browser> | undefined): Promise<void> {
    if (browser === launched) {
      browser = undefined;
      page = undefined;
    }
    await (await launched?.catch(() => undefined))?.close();
  }

  async function show(current: Page, html: string): Promise<void> {
    const parts = splitReport(html);
    if (!parts) {
      fontsIn.delete(current);
      await current.setContent(html, { waitUntil: 'load' });
      return;
    }
    await showFonts(current, parts.fonts);
    const { lang, head, body } = parts satisfies ReportParts;
    await current.evaluate(showReport, { fontsId: FONTS_ID, lang, head, body });
  }

  async function showFonts(current: Page, fonts: string): Promise<void> {
    if (fontsIn.get(current) === fonts) return;
    fontsIn.delete(current);
    await current.setContent(fontShell(fonts), { waitUntil: 'load' });
    fontsIn.set(current, fonts);
  }

  async function prepareOnce(): Promise<void> {
    let launched: Promise<Browser> | undefined;
    try {
      launched = browser ??= start();
      await showFonts(await (page ??= openPage(launched)), fontFacesOf(embeddedFontCss()));
    } catch (error) {
      await closeBrowser(launched);
      log?.(`printer: Chromium could not be prepared (${String(error).split('\n')[0]}); the next export starts it`);
    }
  }

  async function empty(): Promise<void> {
    const current = await page?.catch(() => undefined);
    if (!current) return;
    const fonts = fontsIn.get(current);
    const emptied =
      fonts === undefined
        ? current.setContent('')
        : current.evaluate(showReport, { fontsId: FONTS_ID, lang: '', head: '', body: '' });
    await emptied.catch(() => fontsIn.delete(current));
  }

  return {
    render: (html) => {
      const printed = turn.then(() => print(html));
      turn = printed.then(empty, () => undefined);
      return printed;
    },
    prepare: () => {
      const prepared = turn.then(prepareOnce);
      turn = prepared;
      return prepared;
    },
    close: () => closeBrowser(browser),
  };
}
