import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ServiceError, type PdfRenderer } from '../core/index.ts';

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** Prints report HTML to an A4 PDF with the system's Chromium; the page may load nothing from outside. */
export const renderPdfWithChromium: PdfRenderer = async (html) => {
  const executablePath = findChromium();
  if (!executablePath)
    throw new ServiceError('internal', 'No Chromium found to print the PDF: install chromium or set CHROMIUM_PATH');
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
};
