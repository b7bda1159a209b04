import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createCore,
  dataPaths,
  DatabaseOpenError,
  englishFault,
  listRescuedCopies,
  restoreNewestBackup,
} from '../core/index.ts';
import type { NetworkAddress } from '../../shared/room.ts';
import { createChromiumPrinter } from '../adapters/chromiumPrinter.ts';
import { defaultDataDir } from '../adapters/dataFolder.ts';
import { createRoomListener } from '../adapters/room/listener.ts';
import { createPageSessions } from './pageSessions.ts';
import { createHostServer } from './server.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the user can do next: the damaged file is kept; start from the newest backup, or empty. */
function recoveryHint(error: DatabaseOpenError): string {
  if (error.reason !== 'damaged') return '';
  const backup = error.details.newestBackupTakenAt;
  return backup
    ? `The newest good backup was taken at ${backup}. Start again with --restore-backup to use it, or without it to start with an empty database.\n`
    : 'There is no backup to restore. Start again to begin with an empty database.\n';
}

/** `--room-addresses 127.0.0.1,…`: the addresses offered for the room, each named by itself. */
function roomAddresses(list: string | undefined): (() => NetworkAddress[]) | undefined {
  if (!list) return undefined;
  const offered = list.split(',').map((address) => ({ name: address, address, internal: address.startsWith('127.') }));
  return () => offered;
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '5719' },
      'data-dir': { type: 'string' },
      token: { type: 'string' },
      'restore-backup': { type: 'boolean', default: false },
      /** Offer only these addresses for the room (tests: 127.0.0.1); default: every IPv4 address of the laptop. */
      'room-addresses': { type: 'string' },
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
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // One Chromium for every export: started when the export dialog first opens (or by the first
  // export), closed with the host.
  const printer = createChromiumPrinter({ log });
  const rendererDir = join(projectRoot, 'out', 'renderer');
  try {
    core = await createCore({
      dataDir,
      resourcesDir: join(projectRoot, 'resources'),
      renderPdf: printer.render,
      preparePdf: printer.prepare,
      warmPackReader: true,
      // The room's participant listener: started only when the facilitator opens the room.
      roomListener: createRoomListener({ rendererDir, log, addresses: roomAddresses(values['room-addresses']) }),
    });
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      process.stderr.write(`boardwalk serve: ${error.message}\n${recoveryHint(error)}`);
      return 1;
    }
    throw error;
  }
  const sessions = createPageSessions();
  let address = '';
  const server = createHostServer({
    dispatch: core.dispatch,
    reportFile: core.reportFile,
    live: core.live,
    token,
    sessions,
    // The printed code opened one browser; another browser (or profile) needs a code of its own.
    onCodeSpent: () =>
      process.stdout.write(`Opened in a browser. For another browser: ${address}#code=${sessions.newCode()}\n`),
    rendererDir,
    log,
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
  address = `http://127.0.0.1:${actualPort}/`;
  // A one-time code, spent when the page opens: what stays in the browser's history opens nothing.
  process.stdout.write(`Boardwalk is running at ${address}#code=${sessions.newCode()}\n`);
  process.stdout.write(`Data folder: ${dataDir}\n`);
  for (const copy of listRescuedCopies(dataDir))
    process.stdout.write(`${englishFault('rescuedCopy', { ...copy, database: dataPaths(dataDir).database })}\n`);
  // Whatever fails on the way out, the export browser is closed and the host exits.
  const stop = () => {
    try {
      server.close();
      server.closeAllConnections();
      core.close();
    } finally {
      void printer
        .close()
        .catch((error: Error) => process.stderr.write(`Closing the export browser failed: ${error.message}\n`))
        .finally(() => process.exit(0));
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
