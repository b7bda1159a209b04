/** Processes as the tests see them from outside: who started what, read from Linux's /proc. */
import { readdirSync, readFileSync } from 'node:fs';

export interface RunningProcess {
  pid: number;
  /** The command line: the program first, then its arguments. */
  args: string[];
}

/** The processes below `root` (its children, theirs, and so on), read from Linux's /proc. */
export function processesUnder(root: number): RunningProcess[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string[]>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commands.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0'));
    } catch {
      // gone meanwhile
    }
  }
  const under = (pid: number): boolean => parents.get(pid) === root || (parents.has(pid) && under(parents.get(pid)!));
  return [...commands].filter(([pid]) => under(pid)).map(([pid, args]) => ({ pid, args }));
}

/**
 * The Chromium browsers among `processes`: the program itself, not one of its helpers (its crash
 * handler comes and goes on its own) nor a process it started with a `--type`.
 */
export function chromiumBrowsers(processes: readonly RunningProcess[]): number[] {
  return processes
    .filter(
      ({ args: [program = '', ...rest] }) =>
        /\/chromium(-browser)?$/.test(program) && !rest.some((arg) => arg.startsWith('--type=')),
    )
    .map(({ pid }) => pid);
}
