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

/** Starts `boardwalk serve` as a user would, on a free port, and waits for the URL it prints. */
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
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
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
  return {
    url,
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
