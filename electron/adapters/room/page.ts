import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** The participant page may load only its own files and talk only to the listener that served it. */
export const PARTICIPANT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface PageFile {
  body: Buffer;
  type: string;
}

/** Where the build puts the participant page, under the built renderer. */
export const PARTICIPANT_HTML = join('participant', 'index.html');

/**
 * The participant page and exactly the files its HTML names (script, styles, preloaded chunks),
 * read once when the room opens: nothing else of the built app can be fetched from the room.
 */
export function loadParticipantPage(rendererDir: string): Map<string, PageFile> | undefined {
  let html: string;
  try {
    html = readFileSync(join(rendererDir, PARTICIPANT_HTML), 'utf8');
  } catch {
    return undefined;
  }
  const files = new Map<string, PageFile>([['/', { body: Buffer.from(html), type: MIME['.html']! }]]);
  for (const [, reference] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const urlPath = new URL(reference!, 'http://room/participant/').pathname;
    const file = normalize(join(rendererDir, urlPath));
    if (!file.startsWith(rendererDir)) continue;
    try {
      files.set(urlPath, { body: readFileSync(file), type: MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      // A name in the HTML without a file behind it is simply not served.
    }
  }
  return files;
}
