import type { ListenerLimits } from '../guardListener.ts';

/**
 * The room listener faces a shared network, not one local user: every limit here keeps the
 * laptop answering when someone on that network sends too much, too slowly or not at all. The
 * socket limits are the app's one socket guard (guardListener) with tighter numbers: a socket that
 * waits for its request longer than `headersTimeoutMs` is closed, a participant's stream is not.
 */
export const ROOM_LIMITS = {
  /** All sockets at once: a hundred phones with a stream and a request each, and room to spare. */
  maxConnections: 300,
  /** One device (or one guest network behind one address) holds no more than this. */
  maxConnectionsPerAddress: 24,
  /** From the first byte to the whole request received. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  maxHeadersCount: 32,
  maxHeaderBytes: 8 * 1024,
  /** A join, a vote: a few hundred bytes. */
  maxBodyBytes: 4 * 1024,
  timeoutCheckMs: 1_000,
  /** A comment line on each stream now and then, so a phone that went away is noticed. */
  heartbeatMs: 15_000,
  /** Wrong room codes from one address before it must wait. */
  wrongCodesAllowed: 3,
  /** The first wait after too many wrong codes; it doubles with each further wrong code. */
  slowDownMs: 2_000,
  maxSlowDownMs: 5 * 60_000,
} satisfies ListenerLimits & Record<string, number>;
export type RoomLimits = typeof ROOM_LIMITS;

/**
 * Room-code attempts per address: a few wrong codes are free, then each one more doubles the wait
 * before the next attempt is even looked at. A right code clears the address's record.
 */
export function createCodeAttempts(limits: RoomLimits, now: () => number = Date.now) {
  const records = new Map<string, { wrong: number; until: number }>();
  const forgetOld = () => {
    if (records.size < 10_000) return;
    for (const [address, record] of records) if (record.until < now()) records.delete(address);
  };
  return {
    /** Milliseconds the address must still wait; 0 when it may try. */
    waitFor(address: string): number {
      return Math.max(0, (records.get(address)?.until ?? 0) - now());
    },
    wrong(address: string): void {
      forgetOld();
      const wrong = (records.get(address)?.wrong ?? 0) + 1;
      const over = wrong - limits.wrongCodesAllowed;
      const wait = over < 0 ? 0 : Math.min(limits.maxSlowDownMs, limits.slowDownMs * 2 ** over);
      records.set(address, { wrong, until: now() + wait });
    },
    right(address: string): void {
      records.delete(address);
    },
  };
}
