import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ServiceError, type PdfRenderer } from '../core/index.ts';

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

/**
 * One Chromium kept warm for every export: started on the first, a fresh script-less, offline page
 * per export, closed with the host. Printing is asynchronous, so other requests go on meanwhile.
 */
export function createChromiumPrinter(): ChromiumPrinter {
  let browser: Promise<Browser> | undefined;

  function start(): Promise<Browser> {
    const executablePath = findChromium();
    if (!executablePath) throw new ServiceError('internal', 'noChromium');
    const launching = chromium.launch({
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update'],
    });
    launching.then(
      (started) => started.once('disconnected', () => (browser = undefined)),
      () => (browser = undefined),
    );
    return launching;
  }

  return {
    render: async (html) => {
      browser ??= start();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(PDF_OPTIONS);
      } finally {
        await context.close();
      }
    },
    close: async () => {
      const running = browser;
      browser = undefined;
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}
