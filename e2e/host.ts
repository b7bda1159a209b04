import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'boardwalk-e2e-'));
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
export async function startHost(
  dataDir: string,
  token = `t${Math.random().toString(36).slice(2)}`,
  port = 0,
  extraArgs: string[] = [],
): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/boardwalk.mjs', 'serve', '--port', String(port), '--data-dir', dataDir, '--token', token, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#code=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
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
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
