import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../shared/session/schema.ts';
import { CRASH_ITEM, crashWrite } from '../testing/crashWriter.ts';
import { openDatabase } from './db/open.ts';
import { dataPaths } from './index.ts';
import { call, startMiniCore } from '../testing/miniCore.ts';
import { tempDir } from '../testing/fixtures.ts';
import { seededRandom } from '../../scripts/synthetic/random.ts';

/**
 * Kill -9 in the middle of writing: a child process records outcomes as fast as it can and
 * acknowledges each one once `outcomes.record` has resolved; it is killed at a random moment,
 * and every acknowledged write must still be there, in order, with the database intact. The
 * data folder is reused, so later rounds crash into a database that earlier crashes left behind.
 */

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 50);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const WRITER = join(import.meta.dirname, '..', 'testing', 'crashWriter.ts');
/** A round whose child has not acknowledged anything by then has failed. */
const FIRST_ACK_TIMEOUT_MS = 20_000;

// Seeded, so a failing run can be repeated with CRASH_SEED.
const random = seededRandom(SEED);
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

interface Round {
  /** Rationales of the acknowledged writes, from complete lines only, in the order they came. */
  acks: string[];
  /** What a killed child left after its last newline; never counted as acknowledged. */
  partial: string;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the writer until `ackTarget` acks arrived or `delayMs` passed since the first, then SIGKILLs it. */
function crashRound(
  root: string,
  dataDir: string,
  sessionFile: string,
  round: number,
  ackTarget: number,
  delayMs: number,
) {
  return new Promise<Round>((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, root, dataDir, sessionFile, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let pending = '';
    let stderr = '';
    let delay: NodeJS.Timeout | undefined;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const startup = setTimeout(kill, FIRST_ACK_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        const match = /^ack (write-\d+-\d+)$/.exec(line);
        if (!match) {
          kill();
          reject(new Error(`The writer printed something other than an ack: ${JSON.stringify(line)}`));
          return;
        }
        acks.push(match[1]!);
      }
      if (acks.length > 0 && delay === undefined) {
        clearTimeout(startup);
        delay = setTimeout(kill, delayMs);
      }
      if (acks.length >= ackTarget) kill();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close': the child is gone and both pipes are drained, so every ack it wrote has been read.
    child.on('close', (code, signal) => {
      clearTimeout(startup);
      clearTimeout(delay);
      resolve({ acks, partial: pending, signal, code, stderr });
    });
  });
}

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('boardwalk-crash-');
});
afterAll(() => dir.remove());

describe('killing the app while it writes', () => {
  it('loses no acknowledged outcome and leaves an intact database, crash after crash', async () => {
    const root = dir.path;
    const dataDir = join(root, 'data');
    const sessionFile = join(root, 'session-id');
    const database = dataPaths(dataDir).database;
    /** The rationales of all `outcome.recorded` events so far, oldest first: the history that must last. */
    let history: string[] = [];
    let acknowledged = 0;
    let inFlightLanded = 0;
    let partialLines = 0;
    const started = Date.now();

    for (let round = 0; round < ROUNDS; round++) {
      const ackTarget = between(1, 200);
      const delayMs = between(5, 150);
      const result = await crashRound(root, dataDir, sessionFile, round, ackTarget, delayMs);
      const where = `round ${round} (seed ${SEED}, target ${ackTarget} acks or ${delayMs} ms)`;
      expect(result.signal, `${where}: the writer was not killed; stderr:\n${result.stderr}`).toBe('SIGKILL');
      expect(result.acks.length, `${where}: no ack before the kill; stderr:\n${result.stderr}`).toBeGreaterThan(0);
      // The writer records one at a time, so its acks are write 0, 1, 2, ... of this round.
      expect(result.acks, where).toEqual(result.acks.map((_, n) => crashWrite(round, n).rationale));
      if (result.partial !== '') partialLines++;

      const db = await openDatabase({ path: database, backupsDir: dataPaths(dataDir).backups });
      try {
        expect(db.pragma('quick_check', { simple: true }), where).toBe('ok');
      } finally {
        db.close();
      }

      const core = await startMiniCore(root, dataDir);
      try {
        const sessionId = readFileSync(sessionFile, 'utf8').trim();
        const events = await call(core, 'events.list', { sessionId });
        expect(events[0]?.type, where).toBe('session.created');
        const recorded = events.slice(1);
        expect(new Set(recorded.map((event) => event.type)), where).toEqual(new Set(['outcome.recorded']));
        const rationales = recorded.map((event) => (event.after as Outcome).rationale);

        // Every acknowledged write of this round and all earlier ones is in the audit trail...
        const inTrail = new Set(rationales);
        const missing = [...history, ...result.acks].filter((rationale) => !inTrail.has(rationale));
        expect(missing, `${where}: acknowledged writes lost`).toEqual([]);
        // ...in order, with nothing from before the crash changed, and at most the one write that
        // was committed but not yet acknowledged when the kill came.
        expect(rationales.slice(0, history.length), `${where}: earlier history changed`).toEqual(history);
        const added = rationales.slice(history.length);
        const inFlight = crashWrite(round, result.acks.length).rationale;
        const landed = added.length === result.acks.length + 1;
        expect(added, `${where}: this round's writes`).toEqual(landed ? [...result.acks, inFlight] : result.acks);
        for (const [n, event] of recorded.slice(history.length).entries()) {
          const write = crashWrite(round, n);
          expect(event.after, where).toMatchObject({ ...write, sessionId, itemId: CRASH_ITEM });
        }

        // The outcome on screen is the newest recorded state.
        const newest = recorded.at(-1)!;
        expect(await call(core, 'outcomes.list', { sessionId }), where).toEqual([newest.after]);

        history = rationales;
        acknowledged += result.acks.length;
        if (landed) inFlightLanded++;
      } finally {
        core.close();
      }
    }

    const db = await openDatabase({ path: database, backupsDir: dataPaths(dataDir).backups });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    console.log(
      `crash test: ${ROUNDS} rounds killed with SIGKILL, ${acknowledged} acknowledged writes verified ` +
        `(all ${history.length} recorded events intact; ${inFlightLanded} rounds also committed the unacknowledged ` +
        `in-flight write; ${partialLines} rounds ended on a partial line), seed ${SEED}, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 180_000);
});
