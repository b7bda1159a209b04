import type { Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { NetworkAddress } from '../../../shared/room.ts';
import type { RoomListenerAdapter } from '../../core/index.ts';
import type { RoomLimits } from './limits.ts';
import { createRoomServer } from './server.ts';

const CLOSE_GRACE_MS = 300;

/** The laptop's IPv4 addresses by interface name: a phone types or scans one of these. */
export function laptopAddresses(): NetworkAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, entries]) =>
    (entries ?? [])
      .filter((entry) => entry.family === 'IPv4')
      .map((entry) => ({ name, address: entry.address, internal: entry.internal })),
  );
}

export interface RoomListenerOptions {
  rendererDir: string;
  limits?: Partial<RoomLimits>;
  log?: (line: string) => void;
  /** Tests offer only 127.0.0.1. */
  addresses?: () => NetworkAddress[];
}

/** The shell's room: one listener at a time, started and stopped by the core's room service. */
export function createRoomListener(options: RoomListenerOptions): RoomListenerAdapter & { server(): Server | null } {
  let server: Server | null = null;
  return {
    addresses: options.addresses ?? laptopAddresses,
    server: () => server,
    async start({ address, port, participants }) {
      if (server) throw new Error('the room is already listening');
      const started = createRoomServer({
        participants,
        address,
        rendererDir: options.rendererDir,
        limits: options.limits,
        log: options.log,
      });
      await new Promise<void>((resolve, reject) => {
        started.once('error', reject);
        started.listen(port, address, () => {
          started.off('error', reject);
          resolve();
        });
      });
      server = started;
      return { port: (started.address() as { port: number }).port };
    },
    async stop() {
      const stopping = server;
      server = null;
      if (!stopping) return;
      // The participants' streams have just been sent their last word; give it a moment to leave.
      await new Promise<void>((resolve) => {
        stopping.close(() => resolve());
        stopping.closeIdleConnections();
        setTimeout(() => stopping.closeAllConnections(), CLOSE_GRACE_MS).unref();
      });
    },
  };
}
