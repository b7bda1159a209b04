import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import { preparePrintJob, type PdfRenderer } from '../core/index.ts';

/**
 * Prints report HTML in a hidden, script-less window from a temporary file (a data: URL stops at
 * about 2 MB, which a long audit trail passes), and removes the file again.
 */
export const renderPdfInElectron: PdfRenderer = async (html) => {
  const job = preparePrintJob(html);
  // A session of its own per print: the app's content security policy (fonts from 'self' only) is
  // not the report's, nothing but the report's own file is loaded, and two prints never share a filter.
  const partition = `boardwalk-print-${randomUUID()}`;
  const printing = session.fromPartition(partition);
  printing.webRequest.onBeforeRequest((details, respond) => respond({ cancel: !job.allows(details.url) }));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(job.url);
    return new Uint8Array(await window.webContents.printToPDF(job.options));
  } finally {
    window.destroy();
    printing.webRequest.onBeforeRequest(null);
    job.dispose();
  }
};
