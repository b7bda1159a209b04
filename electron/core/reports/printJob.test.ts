import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { fixtureOutcomes, fixtureReportInput } from '../../testing/reportFixture.ts';
import { buildReportModel } from './build.ts';
import { renderReportHtml } from './html.ts';
import { PRINT_OPTIONS, preparePrintJob } from './printJob.ts';

const CHANGES = 12_000;

/**
 * A session of 12,000 changes: the decided item's outcome recorded over and over. More than the
 * 10,000 asked for, so its report is past the ~2 MB a data: URL carries (10,000 come to about 1.9 MB).
 */
function manyChanges(): AuditEvent[] {
  const input = fixtureReportInput('en');
  const decided = fixtureOutcomes()[0]!;
  const changes = Array.from({ length: CHANGES - input.events.length }, (_, index): AuditEvent => ({
    id: input.events.length + index + 1,
    sessionId: decided.sessionId,
    at: new Date(Date.UTC(2027, 0, 15, 10) + index * 1000).toISOString(),
    actor: 'Anouk de Vries',
    type: 'outcome.recorded',
    itemId: decided.itemId,
    before: decided,
    after: { ...decided, rationale: `Versie ${index}` },
    refEventId: null,
    undone: false,
  }));
  return [...input.events, ...changes];
}

describe("the desktop app's print job", () => {
  it('puts the report of a 12,000-change session in a file of its own, past what a data: URL carries', () => {
    const events = manyChanges();
    expect(events).toHaveLength(CHANGES);
    const html = renderReportHtml(buildReportModel({ ...fixtureReportInput('en'), events }));
    const job = preparePrintJob(html);
    try {
      expect(job.url).toMatch(/^file:\/\//);
      expect(readFileSync(job.file, 'utf8')).toBe(html);
      // The whole audit trail is in it, and it is larger than the ~2 MB Chromium takes as a data: URL.
      expect(html.match(/<tr>/g)!.length).toBeGreaterThan(CHANGES);
      expect(statSync(job.file).size).toBeGreaterThan(2 * 1024 * 1024);
      // Only its owner can read it.
      expect(statSync(dirname(job.file)).mode & 0o077).toBe(0);
      expect(job.allows(job.url)).toBe(true);
      expect(job.allows('https://example.org/font.woff2')).toBe(false);
      expect(job.allows(`${job.url}/../other.html`)).toBe(false);
      expect(job.options).toBe(PRINT_OPTIONS);
      expect(job.options).toMatchObject({
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    } finally {
      job.dispose();
    }
    expect(existsSync(dirname(job.file))).toBe(false);
    job.dispose();
  });

  it('gives each print a folder of its own, so two at once do not meet', () => {
    const [a, b] = [preparePrintJob('<p>a</p>'), preparePrintJob('<p>b</p>')];
    expect(dirname(a.file)).not.toBe(dirname(b.file));
    a.dispose();
    expect(readFileSync(b.file, 'utf8')).toBe('<p>b</p>');
    b.dispose();
  });
});
