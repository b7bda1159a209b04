/**
 * CPU time of this process's child processes (Linux /proc), such as the Chromium a bench prints
 * with: less sensitive than wall time to what else the machine runs. Each process counts its own
 * time and that of its children it has reaped, so a helper that lived for one print (Chromium's
 * print compositor) still counts, in its parent's figure.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second; 100 on every Linux machine the project runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  parent: number;
  ticks: number;
}

function statOf(pid: string): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name in parentheses: state, ppid, … utime (14), stime, cutime, cstime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return { parent: Number(fields[1]), ticks };
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU the descendants of this process have used so far; undefined off Linux. */
export function descendantCpuMs(): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const stats = new Map<number, ProcStat>();
  for (const pid of entries) {
    const stat = statOf(pid);
    if (stat) stats.set(Number(pid), stat);
  }
  const ours = new Set([process.pid]);
  let ticks = 0;
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, stat] of stats)
      if (!ours.has(pid) && ours.has(stat.parent)) {
        ours.add(pid);
        ticks += stat.ticks;
        grew = true;
      }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
