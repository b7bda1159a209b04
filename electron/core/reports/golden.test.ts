import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureReportInput } from '../../testing/reportFixture.ts';
import { RESOURCES_DIR } from '../../testing/fixtures.ts';
import { buildReportModel } from './build.ts';
import { renderCsv } from './csv.ts';
import { renderMadr } from './madr.ts';
import { renderJson, renderReport } from './render.ts';

// Fixed clock, ids and outcomes (electron/testing/reportFixture.ts), so every byte is stable.
// After a deliberate change: `npx vitest run electron/core/reports/golden.test.ts -u`, then read the diff.
const GOLDEN = join(import.meta.dirname, 'golden');
const LANGUAGES = ['nl', 'en'] as const;
const model = (language: 'nl' | 'en', includeUndecided = false) =>
  buildReportModel(fixtureReportInput(language, { options: { includeUndecided, omitSections: [] } }));

const schema = JSON.parse(readFileSync(join(RESOURCES_DIR, 'report', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('MADR decision records', () => {
  for (const language of LANGUAGES)
    it(`match the golden files (${language})`, async () => {
      const files = renderMadr(model(language));
      expect(files.map((file) => file.path.slice(0, 5))).toEqual(['READM', '0001-', '0002-']);
      for (const file of files)
        await expect(file.content).toMatchFileSnapshot(join(GOLDEN, language, 'madr', file.path));
    });

  it('escape Markdown in board and user text', () => {
    const input = fixtureReportInput('en');
    const outcomes = input.outcomes.map((outcome) =>
      outcome.itemId === 'decision_database'
        ? { ...outcome, rationale: '# not a heading\n- not a list <b>x</b> [link](y)' }
        : outcome,
    );
    const adr = renderMadr(buildReportModel({ ...input, outcomes })).find((file) => file.path.startsWith('0001'))!;
    expect(adr.content).toContain('\\# not a heading  \n\\- not a list \\<b\\>x\\</b\\> \\[link\\](y)');
  });
});

describe('CSV', () => {
  for (const language of LANGUAGES)
    it(`matches the golden files, UTF-8 with a byte order mark (${language})`, async () => {
      for (const file of renderCsv(model(language))) {
        expect(file.content.startsWith('\uFEFF')).toBe(true);
        await expect(file.content).toMatchFileSnapshot(join(GOLDEN, language, 'csv', file.path));
      }
    });

  it('comes as a zip of the outcomes and the action items', async () => {
    const zip = await renderReport(model('nl'), 'csv', async () => new Uint8Array());
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['uitkomsten.csv', 'actiepunten.csv']);
    expect(strFromU8(files['uitkomsten.csv']!)).toContain('Geëscaleerd');
  });
});

describe('JSON', () => {
  for (const language of LANGUAGES)
    it(`matches the golden file and validates against resources/report/report.schema.json (${language})`, async () => {
      const json = renderJson(model(language));
      await expect(json).toMatchFileSnapshot(join(GOLDEN, language, 'report.json'));
      expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
      expect(validate(JSON.parse(renderJson(model(language, true)))), JSON.stringify(validate.errors)).toBe(true);
    });

  it('is refused by the schema when its shape is wrong', () => {
    const broken = { ...JSON.parse(renderJson(model('en'))), version: 1 };
    expect(validate(broken)).toBe(false);
    const extra = { ...JSON.parse(renderJson(model('en'))), surprise: true };
    expect(validate(extra)).toBe(false);
  });
});
