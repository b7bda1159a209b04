import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ServiceError, type PdfRenderer } from '../core/index.ts';
import { splitReport, type ReportParts } from './reportParts.ts';

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

export interface ChromiumPrinter {
  render: PdfRenderer;
  /** Closes the browser if it was started; a later export starts it again. */
  close(): Promise<void>;
}

const FONTS_ID = 'boardwalk-report-fonts';

/** The kept page's document: only the report fonts, which load when a report first uses them. */
function fontShell(fonts: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style id="${FONTS_ID}">${fonts}</style></head><body></body></html>`;
}

/**
 * Runs in the page: everything but the font faces goes, then the report's head and body come in.
 * A string, as this folder is type-checked without the DOM. Page scripts stay off: the context has
 * JavaScript disabled, which holds for what the body brings; only this call runs.
 * Raw HTML on purpose: the parts are the report's own markup from renderReportHtml, the same that
 * setContent took before, in which every board and user text is already escaped (escapeHtml in
 * electron/core/reports/escape.ts). e2e/decision.spec.ts prints a rationale with `<b>` in it, a
 * Dutch report and then an English one through this path, and reads it back from the PDF as text.
 */
const SHOW_REPORT = `(parts) => {
  document.documentElement.lang = parts.lang;
  for (const node of [...document.head.childNodes]) if (node.id !== '${FONTS_ID}') node.remove();
  document.head.insertAdjacentHTML('beforeend', parts.head);
  document.body.innerHTML = parts.body;
}`;

/**
 * One Chromium and one script-less, offline page kept warm for every export: started on the first,
 * closed with the host. A new page per export cost more than printing a 50-item report on a 2-core
 * machine (a context of its own opens a window, which loads the browser's own omnibox pages), so the
 * exports take turns on the one page. The report's fonts stay loaded in it while the next report has
 * the same ones; the rest of each report replaces the previous one's. After each print the page is
 * emptied but for the fonts, so a report does not stay in the browser and its memory is freed before
 * the next one. A page that failed is closed and the next export opens another. Printing is
 * asynchronous, so other requests go on meanwhile.
 */
export function createChromiumPrinter(): ChromiumPrinter {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let turn: Promise<unknown> = Promise.resolve();
  /** The font faces the kept page holds. */
  const fontsIn = new WeakMap<Page, string>();

  function start(): Promise<Browser> {
    const executablePath = findChromium();
    if (!executablePath) throw new ServiceError('internal', 'noChromium');
    const launching = chromium.launch({
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update'],
    });
    // Forgotten when it goes away, unless another has been started meanwhile.
    const forget = () => {
      if (browser !== launching) return;
      browser = undefined;
      page = undefined;
    };
    launching.then((started) => started.once('disconnected', forget), forget);
    return launching;
  }

  async function openPage(): Promise<Page> {
    browser ??= start();
    const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
    const opened = await context.newPage();
    await opened.route('**/*', (route) => route.abort());
    return opened;
  }

  async function print(html: string): Promise<Uint8Array> {
    const opening = (page ??= openPage());
    opening.catch(() => page === opening && (page = undefined));
    const current = await opening;
    try {
      await show(current, html);
      return await current.pdf(PDF_OPTIONS);
    } catch (error) {
      if (page === opening) page = undefined;
      await current
        .context()
        .close()
        .catch(() => undefined);
      throw error;
    }
  }

  async function show(current: Page, html: string): Promise<void> {
    const parts = splitReport(html);
    if (!parts) {
      fontsIn.delete(current);
      await current.setContent(html, { waitUntil: 'load' });
      return;
    }
    if (fontsIn.get(current) !== parts.fonts) {
      fontsIn.delete(current);
      await current.setContent(fontShell(parts.fonts), { waitUntil: 'load' });
      fontsIn.set(current, parts.fonts);
    }
    await current.evaluate(`(${SHOW_REPORT})(${JSON.stringify(parts satisfies ReportParts)})`);
  }

  async function empty(): Promise<void> {
    const current = await page?.catch(() => undefined);
    if (!current) return;
    const fonts = fontsIn.get(current);
    const emptied =
      fonts === undefined
        ? current.setContent('')
        : current.evaluate(`(${SHOW_REPORT})(${JSON.stringify({ fonts, lang: '', head: '', body: '' })})`);
    await emptied.catch(() => fontsIn.delete(current));
  }

  return {
    render: (html) => {
      const printed = turn.then(() => print(html));
      turn = printed.then(empty, () => undefined);
      return printed;
    },
    close: async () => {
      const running = browser;
      browser = undefined;
      page = undefined;
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}
