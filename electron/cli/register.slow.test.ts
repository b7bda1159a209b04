import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startMiniCore } from '../testing/miniCore.ts';
import { useTempDirs } from '../testing/tempDirs.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'boardwalk.mjs');
const temp = useTempDirs();

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'register', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The events of an iCalendar file, read back: lines unfolded (RFC 5545 §3.1), properties by name. */
function parseIcs(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return events;
}

describe('boardwalk register', () => {
  it('lists the decision log and writes its review dates as an .ics file that reads back', async () => {
    const root = temp();
    const core = await startMiniCore(root);
    const session = await call(core, 'sessions.create', {
      boardId: 'fixture-mini',
      title: 'Kwartaalreview',
      date: '2027-01-15',
      facilitator: 'Anouk',
      language: 'nl',
    });
    await call(core, 'outcomes.record', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      changes: { status: 'decided', chosenOption: 'argo_cd', reviewDate: '2027-06-30' },
    });
    core.close();
    const dataDir = join(root, 'data');

    const log = run(['--data-dir', dataDir, '--board', 'fixture-mini']);
    expect(log.err).toBe('');
    expect(log.out).toMatch(
      /^0001 {2}decided +deploy_tool_choice {2}\(Kwartaalreview, 2027-01-15\) review 2027-06-30$/m,
    );

    const out = join(root, 'review-dates.ics');
    const written = run(['--data-dir', dataDir, '--board', 'fixture-mini', '--lang', 'en', '--ics', out]);
    expect(written.code).toBe(0);
    const events = parseIcs(readFileSync(out, 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ DTSTART: '20270630', UID: 'fixture-mini-0001@boardwalk' });
    expect(events[0]!.SUMMARY).toMatch(/^ADR-0001 /);
    expect(run(['--data-dir', dataDir]).code).toBe(2);
  });
});
