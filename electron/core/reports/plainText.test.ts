import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureOutcomes, fixtureReportInput, fixtureSession } from '../../testing/reportFixture.ts';
import { REPORT_FORMATS } from '../../../shared/report/options.ts';
import { buildReportModel } from './build.ts';
import { renderReport } from './render.ts';

/** Every C0 control but tab, line feed and carriage return, DEL and a C1 control. */
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, code) => code).filter((code) => ![9, 10, 13].includes(code)),
  0x7f,
  0x85,
]
  .map((code) => String.fromCharCode(code))
  .join('');
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function hostileInput() {
  const outcomes = fixtureOutcomes().map((outcome) => ({
    ...outcome,
    rationale: `before${CONTROLS}after\nsecond line`,
    owner: outcome.owner && `Ops${CONTROLS}`,
    notes: `note\u0000`,
  }));
  const session = fixtureSession({
    title: `Review\u0000Q1`,
    facilitator: `Anouk\u0007`,
    participants: ['Bram', 'Chris'],
  });
  return fixtureReportInput('en', { outcomes, session, options: { includeUndecided: true, omitSections: [] } });
}

/** The text of every file an export writes: the file itself, or each file in its zip. */
function textsOf(bytes: Uint8Array, mimeType: string): string[] {
  if (mimeType !== 'application/zip') return [strFromU8(bytes)];
  return Object.values(unzipSync(bytes)).map((file) => strFromU8(file));
}

describe('text from users in a report', () => {
  it('keeps its words and line breaks but no control character', () => {
    const model = buildReportModel(hostileInput());
    const page = model.items.find((item) => item.outcome.rationale !== null)!;
    expect(page.outcome.rationale).toBe('beforeafter\nsecond line');
    expect(model.cover.session.title).toBe('ReviewQ1');
  });

  for (const format of REPORT_FORMATS.filter((name) => name !== 'pdf')) {
    it(`never reaches a ${format} file as a control character`, async () => {
      const report = await renderReport(buildReportModel(hostileInput()), format, async () => new Uint8Array());
      const texts = textsOf(report.bytes, report.mimeType);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text).not.toMatch(ANY_CONTROL);
      // The report hyphenates words with soft hyphens (not control characters): read past them.
      expect(texts.join('\n').replaceAll('\u00ad', '')).toContain('beforeafter');
    });
  }

  it('never reaches the PDF’s HTML as a control character', async () => {
    let printed = '';
    await renderReport(buildReportModel(hostileInput()), 'pdf', async (html) => {
      printed = html;
      return new Uint8Array();
    });
    expect(printed.replaceAll('\u00ad', '')).toContain('beforeafter');
    expect(printed).not.toMatch(ANY_CONTROL);
  });
});
