// `npm start`: build, then open the desktop app; where the Electron binary is missing, serve the same
// app to the system's browser instead. `npm start -- --no-build` skips the build; other options
// (`--port`, `--data-dir`, …) go to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectronBinary, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const serveArgs = args.filter((arg) => arg !== '--no-build');

if (build) {
  const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

let binary = findElectronBinary();
if (!binary.path && downloadElectronBinary()) binary = findElectronBinary();
if (binary.path) {
  const app = spawn(binary.path, ['.'], { stdio: 'inherit', cwd: root });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(`Boardwalk: the desktop app cannot start here (${binary.reason}); opening it in a browser instead.`);
  serveInBrowser();
}

/** The command that opens a URL in the system's browser, where the system has one; undefined where not. */
function browserOpener() {
  const [command, prefix] =
    process.platform === 'darwin'
      ? ['open', []]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""']]
        : ['xdg-open', []];
  if (process.platform === 'win32') return { command, prefix };
  const found = (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
  return found ? { command, prefix } : undefined;
}

/**
 * Opens the URL in the system's browser if there is one; a missing or failing opener is not an error.
 * @param {string} url
 */
function openInBrowser(url) {
  const opener = browserOpener();
  if (!opener) return;
  try {
    const child = spawn(opener.command, [...opener.prefix, url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // The URL is printed; the user can open it by hand.
  }
}

/** The browser host, as `boardwalk serve` starts it: its URL printed, then opened in the browser. */
function serveInBrowser() {
  const host = spawn(process.execPath, [join(root, 'bin/boardwalk.mjs'), 'serve', ...serveArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: root,
  });
  let printed = '';
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    printed += chunk;
    const url = /running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(printed)?.[1];
    if (url && !opened) {
      opened = true;
      openInBrowser(url);
    }
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}
