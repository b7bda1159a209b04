import { net, protocol } from 'electron';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rendererHeaders, rendererPathFor } from '../adapters/rendererFiles.ts';

export const APP_SCHEME = 'app';
export const APP_ENTRY = `${APP_SCHEME}://boardwalk/index.html`;

/** Must run before the app is ready: the scheme behaves like https (workers, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

async function answer(request: Request, rendererDir: string): Promise<Response> {
  const wanted = rendererPathFor(rendererDir, new URL(request.url).pathname);
  if (!wanted.ok) return plain(wanted.status, wanted.status === 400 ? 'Bad path' : 'Not found');
  if (!statSync(wanted.file, { throwIfNoEntry: false })?.isFile()) return plain(404, 'Not found');
  const file = await net.fetch(pathToFileURL(wanted.file).toString());
  // The policy travels as a response header of the scheme itself: webRequest need not see app:// at all.
  return new Response(file.body, { status: file.status, headers: rendererHeaders(wanted.file) });
}

/** Serves the built renderer from disk under app://boardwalk/; a bad path is answered, never thrown. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answer(request, rendererDir).catch(() => plain(500, 'Could not read')));
}
