import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, useMiniCore } from '../testing/miniCore.ts';
import { importReviewPack, reviewQ3AndQ4 } from '../testing/reviewSessions.ts';
import type { ApiInput } from '../../shared/api/contract.ts';
import type { Dispatch } from '../core/index.ts';
import { markdownText } from '../core/reports/madr.ts';
import { writeExportIntoFolder } from './reportFolder.ts';

const mini = useMiniCore();

/** The desktop app's "write into a folder": the shell exports, the adapter writes. */
async function exportReportIntoFolder(dispatch: Dispatch, input: ApiInput<'reports.export'>, folder: string) {
  return writeExportIntoFolder(
    (await dispatch('reports.export', input)) as Parameters<typeof writeExportIntoFolder>[0],
    folder,
  );
}
const HOSTILE = 'Fine\n---\n# x\n| a |\n[link](http://evil.example)\0 and \u0007bell\n    indented\n1. list\n> quote';

beforeEach(() => importReviewPack(mini.core));

/** Q3 decides the tool with a hostile rationale, Q4 reverses it (reviewQ3AndQ4). */
const q3AndQ4 = () => reviewQ3AndQ4(mini.core, HOSTILE);

async function recordsOf(sessionId: string, language: 'nl' | 'en') {
  const file = await call(mini.core, 'reports.export', { sessionId, format: 'md', language });
  const files = unzipSync(Buffer.from(file.base64, 'base64'));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('MADR records follow the register', () => {
  it('are named by decision number and item, the same in both languages', async () => {
    const { q3 } = await q3AndQ4();
    const nl = await recordsOf(q3.id, 'nl');
    const en = await recordsOf(q3.id, 'en');
    expect(Object.keys(nl).sort()).toEqual(['0001-deploy-tool.md', '0002-budget-question.md', 'README.md']);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('Q3 and Q4 exported into one folder give one file per decision, with supersedes links both ways', async () => {
    const { q3, q4 } = await q3AndQ4();
    const folder = join(mini.root, 'adr');
    for (const sessionId of [q3.id, q4.id]) {
      const input = { sessionId, format: 'md', language: 'en' } as const;
      expect((await exportReportIntoFolder(mini.core.dispatch, input, folder)).ok).toBe(true);
    }
    expect(readdirSync(folder).sort()).toEqual([
      '0001-deploy-tool.md',
      '0002-budget-question.md',
      '0003-deploy-tool.md',
      'README.md',
    ]);
    const read = (name: string) => readFileSync(join(folder, name), 'utf8');
    expect(read('0001-deploy-tool.md')).toMatch(/^---\nstatus: "superseded by ADR-0003"\ndate: 2026-09-30\n/);
    expect(read('0001-deploy-tool.md')).toContain('Superseded by [ADR-0003](0003-deploy-tool.md).');
    expect(read('0003-deploy-tool.md')).toContain('Supersedes [ADR-0001](0001-deploy-tool.md).');
    expect(read('0003-deploy-tool.md')).toContain('Chosen option: "Argo CD", because Team knows it');
    expect(read('0003-deploy-tool.md')).toContain('Q4: reversed from Flux to Argo CD (Anouk)');
    expect(read('0002-budget-question.md')).toMatch(/status: "accepted"/);
    expect(read('0002-budget-question.md')).toContain('Q4: confirmed unchanged (Anouk)');
    // The sections of MADR 4, in order.
    const headings = read('0003-deploy-tool.md')
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## More Information',
    ]);
  });

  it('update the index in place, keeping what people wrote around it', async () => {
    const { q3, q4 } = await q3AndQ4();
    const folder = join(mini.root, 'adr');
    await exportReportIntoFolder(mini.core.dispatch, { sessionId: q3.id, format: 'md', language: 'en' }, folder);
    const readme = join(folder, 'README.md');
    writeFileSync(readme, `Our own words.\n\n${readFileSync(readme, 'utf8')}\nFooter stays.\n`);
    await exportReportIntoFolder(mini.core.dispatch, { sessionId: q4.id, format: 'md', language: 'en' }, folder);
    const index = readFileSync(readme, 'utf8');
    expect(index).toContain('Our own words.');
    expect(index).toContain('Footer stays.');
    expect(index.match(/0003-deploy-tool\.md/g)).toHaveLength(1);
    expect(index.match(/boardwalk:decision-register:start/g)).toHaveLength(1);
  });

  it('keep a hostile rationale text: no heading, break, table, link, list or quote, and no control character', async () => {
    const { q3 } = await q3AndQ4();
    const record = (await recordsOf(q3.id, 'en'))['0001-deploy-tool.md']!;

    expect(record).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    const body = record.slice(record.indexOf('## Decision Outcome'));
    const lines = body.split('\n');
    for (const line of lines.filter((candidate) => !candidate.startsWith('#') && !candidate.startsWith('* ')))
      expect(line, line).not.toMatch(/^(-{3,}|#|\||\[|>|\d+\.|\s{4})/);
    expect(body).toContain('\\[link\\](http\\://evil.example)');
    expect(lines.filter((line) => line.startsWith('#'))[0]).toBe('## Decision Outcome');
    expect(record.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  it('escape every line start that Markdown would read as structure', () => {
    for (const hostile of ['---', '***', '___', '# x', '| a |', '> q', '1. x', '- x', '+ x', '=== x', '<b>', '[a](b)'])
      expect(markdownText(hostile), hostile).toMatch(/^(\\|\d+\\[.)])/);
  });
});
