import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore, DatabaseOpenError, restoreNewestBackup } from '../core/index.ts';
import { createChromiumPrinter } from './pdf.ts';
import { createHostServer } from './server.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'boardwalk');
}

/** What the user can do next: the damaged file is kept; start from the newest backup, or empty. */
function recoveryHint(error: DatabaseOpenError): string {
  if (error.reason !== 'damaged') return '';
  const backup = error.details.newestBackupTakenAt;
  return backup
    ? `The newest good backup was taken at ${backup}. Start again with --restore-backup to use it, or without it to start with an empty database.\n`
    : 'There is no backup to restore. Start again to begin with an empty database.\n';
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5719' },
      'data-dir': { type: 'string' },
      token: { type: 'string' },
      'restore-backup': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`boardwalk serve: --port must be a number from 0 to 65535\n`);
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const token = values.token ?? randomBytes(24).toString('base64url');
  if (values['restore-backup']) {
    try {
      const takenAt = restoreNewestBackup(dataDir);
      process.stdout.write(`Restored the backup taken at ${takenAt}\n`);
    } catch (error) {
      process.stderr.write(`boardwalk serve: cannot restore a backup: ${(error as Error).message}\n`);
      return 1;
    }
  }
  let core;
  // One Chromium for every export, started by the first and closed with the host.
  const printer = createChromiumPrinter();
  try {
    core = await createCore({
      dataDir,
      resourcesDir: join(projectRoot, 'resources'),
      renderPdf: printer.render,
    });
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      process.stderr.write(`boardwalk serve: ${error.message}\n${recoveryHint(error)}`);
      return 1;
    }
    throw error;
  }
  const server = createHostServer({
    dispatch: core.dispatch,
    reportFile: core.reportFile,
    live: core.live,
    token,
    rendererDir: join(projectRoot, 'out', 'renderer'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', done);
    });
  } catch (error) {
    core.close();
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : (error as Error).message;
    process.stderr.write(`boardwalk serve: cannot listen on 127.0.0.1: ${why}\n`);
    return 1;
  }
  const actualPort = (server.address() as { port: number }).port;
  process.stdout.write(`Boardwalk is running at http://127.0.0.1:${actualPort}/#token=${token}\n`);
  process.stdout.write(`Data folder: ${dataDir}\n`);
  const stop = () => {
    server.close();
    server.closeAllConnections();
    core.close();
    void printer.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
