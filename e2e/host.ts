import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumBrowsers, processesUnder } from '../scripts/processes.ts';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** The Chromium browsers the host has started and still runs, by process id (Linux: read from /proc). */
  chromiumBrowsers: () => number[];
  stop: () => Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'boardwalk-e2e-'));
}

/**
 * Node loads the host from its TypeScript sources at every start; its compile cache (checked against
 * each file's contents) spares a start about a quarter of its CPU time (2.3 s instead of 3.0 s).
 */
const compileCache = process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'boardwalk-node-compile-cache');

/** Every host this worker started and has not seen exit: none may outlive the worker. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGTERM')));

/** A host already starting on a fresh data folder for the next test (Node loads the app in about 2 s). */
let spare: Launch | undefined;

/**
 * A host on a fresh, untouched data folder with a random token and port, as `startHost(freshDataDir())`
 * gives, but started while the test before ran: the next one is started as this one is handed out.
 * Its 20 s to start count from the hand-out, as they would for a host started then: a spare that
 * shared the cores with a whole test may have needed longer.
 */
export function startFreshHost(): Promise<RunningHost> {
  const taken = spare ?? launchHost(freshDataDir());
  taken.startClock();
  spare = launchHost(freshDataDir());
  // Should it fail to start, the test that takes it says so; until then nobody waits on it.
  spare.host.catch(() => {});
  return taken.host;
}

async function mintCodes(origin: string, token: string): Promise<string[]> {
  const response = await fetch(`${origin}/session/codes?count=100`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { value: string[] }).value;
}

/**
 * Starts `boardwalk serve` as a user would, on a free port, and waits for the URL it prints. Each
 * read of `url` gives an address with an unspent one-time code: the printed one first.
 */
export function startHost(dataDir: string, token?: string, port?: number, extraArgs?: string[]): Promise<RunningHost> {
  const launch = launchHost(dataDir, token, port, extraArgs);
  launch.startClock();
  return launch.host;
}

interface Launch {
  host: Promise<RunningHost>;
  /** Gives the host 20 s from now to print its URL. */
  startClock: () => void;
}

function launchHost(
  dataDir: string,
  token = `t${Math.random().toString(36).slice(2)}`,
  port = 0,
  extraArgs: string[] = [],
): Launch {
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/boardwalk.mjs', 'serve', '--port', String(port), '--data-dir', dataDir, '--token', token, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_COMPILE_CACHE: compileCache } },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  let startClock = () => {};
  const url = new Promise<string>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let started = false;
    startClock = () => {
      if (!started && timer === undefined)
        timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#code=\S+)/.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return { host: connect(url, child, dataDir, token), startClock: () => startClock() };
}

async function connect(
  printedUrl: Promise<string>,
  child: ChildProcess,
  dataDir: string,
  token: string,
): Promise<RunningHost> {
  const url = await printedUrl;
  const origin = new URL(url).origin;
  // Each page opens with a one-time code; the launch token (`--token`) mints as many as the specs need.
  const codes = await mintCodes(origin, token);
  let printedUnused = true;
  return {
    get url() {
      if (printedUnused) {
        printedUnused = false;
        return url;
      }
      const code = codes.shift();
      if (!code) throw new Error('e2e/host.ts: out of one-time codes; mint more');
      return `${origin}/#code=${code}`;
    },
    origin,
    token,
    dataDir,
    chromiumBrowsers: () => chromiumBrowsers(processesUnder(child.pid!)),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
