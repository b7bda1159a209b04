import { normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export type RendererPath = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps the path of a request for the built renderer to a file under `rendererDir`, for both shells
 * (the host's static files and the desktop app's `app://`). A path that does not decode (`/%ff`),
 * holds a NUL byte or leads outside the folder is refused; it never throws.
 */
export function rendererPathFor(rendererDir: string, urlPath: string): RendererPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const root = resolve(rendererDir);
  const file = normalize(resolve(root, '.' + (decoded === '/' || decoded === '' ? '/index.html' : decoded)));
  return file.startsWith(root + sep) ? { ok: true, file } : { ok: false, status: 404 };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export function mimeTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && MIME[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/**
 * The headers every page and file of the app is served with. The policy goes in a header, not only
 * the page's meta tag: `frame-ancestors` works only there.
 */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': mimeTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
}
