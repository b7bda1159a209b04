import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../core/index.ts';

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
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
