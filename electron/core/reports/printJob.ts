import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A4 from the report's own @page rules, an outline from its headings, and a tagged (accessible) PDF. */
export const PRINT_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
} as const;

export interface PrintJob {
  /** The report as a file:// URL for the printing window: no size limit, unlike a data: URL (about 2 MB). */
  url: string;
  file: string;
  options: typeof PRINT_OPTIONS;
  /** Whether `url` is this job's file, the only address the printing window may load. */
  allows(url: string): boolean;
  /** Removes the file and its folder; safe to call twice. */
  dispose(): void;
}

/**
 * What the desktop app's printing needs, kept out of Electron so it is tested under plain Node: the
 * report HTML written to a file of its own in a fresh private folder (mkdtemp: 0700), and the options.
 */
export function preparePrintJob(html: string, root = tmpdir()): PrintJob {
  const folder = mkdtempSync(join(root, 'boardwalk-print-'));
  const file = join(folder, 'report.html');
  writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
  const url = pathToFileURL(file).href;
  return {
    url,
    file,
    options: PRINT_OPTIONS,
    allows: (candidate) => candidate === url,
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}
