import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../core/index.ts';

/** A4 from the report's own @page rules, an outline from its headings, and a tagged (accessible) PDF. */
export const PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const;

/** Prints report HTML in a hidden, script-less window and closes it again. */
export const renderPdfInElectron: PdfRenderer = async (html) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF(PRINT_OPTIONS);
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
