import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');

export interface ServeProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  origin: string;
  token: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** SIGTERM, and the exit code once it has gone. */
  stop(): Promise<number | null>;
  /** Ends it at once (SIGKILL) and waits until it has gone. */
  kill(): Promise<void>;
}

/** `boardwalk serve` as a user starts it (optionally as another user), on a free port; resolves once it prints its URL. */
export function startServe(
  dataDir: string,
  extraArgs: string[] = [],
  as: { uid?: number; gid?: number } = {},
): Promise<ServeProcess> {
  const token = `t${Math.random().toString(36).slice(2)}`;
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--token', token, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], uid: as.uid, gid: as.gid },
  );
  let printed = '';
  child.stdout!.on('data', (chunk) => (printed += chunk));
  child.stderr!.on('data', (chunk) => (printed += chunk));
  const gone = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`boardwalk serve did not start:\n${printed}`));
    }, 30_000);
    const watch = setInterval(() => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(printed);
      if (!match) return;
      clearInterval(watch);
      clearTimeout(timer);
      resolve({
        child,
        origin: match[1]!,
        token,
        output: () => printed,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return gone;
        },
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await gone;
        },
      });
    }, 20);
    void gone.then((code) => {
      clearInterval(watch);
      clearTimeout(timer);
      reject(new Error(`boardwalk serve exited with ${code}:\n${printed}`));
    });
  });
}

export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a `boardwalk` command to its end (or 60 s), optionally as another user. */
export function runBoardwalk(
  args: string[],
  options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {},
): Finished {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    uid: options.uid,
    gid: options.gid,
    env: options.env ?? process.env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface HostAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** A call to the API of a running host; the parsed JSON answer and the status. */
export async function callHost(host: Pick<ServeProcess, 'origin' | 'token'>, method: string, input: unknown) {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as HostAnswer };
}
