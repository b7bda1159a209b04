import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/index.ts';
import { RESOURCES_DIR, tempDir } from '../testing/fixtures.ts';
import { call } from '../testing/miniCore.ts';
import { createChromiumPrinter } from './chromiumPrinter.ts';

// Real PDFs from the real Chromium, read back with poppler's pdftotext, pdfinfo and pdftohtml.
const printer = createChromiumPrinter();
const folder = tempDir();
let core: Core;
let sessionId: string;
const LONG_WORD = 'x'.repeat(10_000);
const rationales: string[] = [];
const titles: { nl: string; en: string }[] = [];

beforeAll(async () => {
  core = await createCore({
    dataDir: join(folder.path, 'data'),
    resourcesDir: RESOURCES_DIR,
    renderPdf: printer.render,
    log: () => {},
  });
  const version = await call(core, 'boards.get', { boardId: 'webshop-migration' });
  const session = await call(core, 'sessions.create', {
    boardId: 'webshop-migration',
    title: 'Kwartaalreview Q1',
    date: '2027-01-15',
    facilitator: 'Anouk de Vries',
    participants: ['Bram Jansen', 'Chris'],
    language: 'nl',
  });
  sessionId = session.id;
  const decisions = version.board.items.filter((item) => item.kind === 'decision').slice(0, 5);
  for (const [index, item] of decisions.entries()) {
    const rationale = `Onderbouwing ${index + 1}: het team kiest dit na overleg (${item.id}).`;
    rationales.push(rationale);
    titles.push(item.title);
    await call(core, 'outcomes.record', {
      sessionId,
      itemId: item.id,
      changes: { status: 'decided', chosenOption: 'confirm', rationale, owner: 'Ops', dueDate: '2027-03-31' },
    });
  }
  await call(core, 'outcomes.vote', {
    sessionId,
    itemId: decisions[0]!.id,
    participant: 'Bram Jansen',
    optionId: 'confirm',
  });
}, 60_000);

afterAll(async () => {
  core?.close();
  await printer.close();
  folder.remove();
});

async function exportPdf(language: 'nl' | 'en', name: string, extra: Record<string, unknown> = {}) {
  const file = await call(core, 'reports.export', { sessionId, language, format: 'pdf', ...extra });
  const path = join(folder.path, name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, path], { encoding: 'utf8' });
  return {
    flat: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    /** The text of each page, whitespace folded. */
    pageTexts: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' ')),
    info: run('pdfinfo'),
    outline: [...run('pdftohtml', '-xml', '-i', '-stdout').matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) =>
      match[1]!.replaceAll('&amp;', '&'),
    ),
    path,
  };
}

const pages = (info: string) => Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
/** The one page (from 1) each text stands on; 0 when it is on none or on more than one. */
const pageOfEach = (pageTexts: string[], texts: string[]) =>
  texts.map((text) => {
    const on = pageTexts.flatMap((page, index) => (page.includes(text) ? [index + 1] : []));
    return on.length === 1 ? on[0] : 0;
  });

describe('the PDF report', () => {
  it('in Dutch: Dutch headings, status names and dates, every rationale, a page per decided item and no undecided ones, tagged, with an outline', async () => {
    const pdf = await exportPdf('nl', 'nl.pdf');
    for (const heading of ['Besluitenverslag', 'Samenvatting', 'Besluiten en uitkomsten', 'Open blokkerende vragen'])
      expect(pdf.flat).toContain(heading);
    expect(pdf.flat).toContain('Logboek van wijzigingen');
    expect(pdf.flat).toContain('Besloten');
    expect(pdf.flat).toContain('15 januari 2027');
    expect(pdf.flat).toContain('31 maart 2027');
    expect(pdf.flat).not.toContain('2027-01-15');
    for (const rationale of rationales) expect(pdf.flat).toContain(rationale);
    expect(pdf.flat).toMatch(/Pagina 1 van \d/);
    // Undecided items are left out: a page for the front matter, one per decided item, and the appendix.
    expect(pages(pdf.info)).toBeLessThanOrEqual(2 + rationales.length);
    expect(pageOfEach(pdf.pageTexts, rationales)).toEqual(rationales.map((_, index) => index + 2));
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.outline).toEqual(
      expect.arrayContaining([
        'Kwartaalreview Q1',
        'Samenvatting',
        'Besluiten en uitkomsten',
        'Besloten, uitgestelde en geëscaleerde onderwerpen',
        ...titles.map((title) => title.nl),
        'Open blokkerende vragen',
        'Risicoregister',
        'Logboek van wijzigingen',
      ]),
    );
  });

  it('in English likewise, whatever the session language', async () => {
    const pdf = await exportPdf('en', 'en.pdf');
    for (const heading of ['Decision report', 'Summary', 'Decisions and outcomes', 'Audit trail'])
      expect(pdf.flat).toContain(heading);
    expect(pdf.flat).toContain('Decided');
    expect(pdf.flat).toContain('15 January 2027');
    expect(pdf.flat).not.toContain('Besluitenverslag');
    for (const rationale of rationales) expect(pdf.flat).toContain(rationale);
    expect(pages(pdf.info)).toBeLessThanOrEqual(2 + rationales.length);
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.outline).toEqual(expect.arrayContaining(['Summary', 'Audit trail', ...titles.map((title) => title.en)]));
  });

  it('names who changed what in the audit trail: the facilitator, and the participant who voted', async () => {
    const pdf = await exportPdf('en', 'who.pdf');
    const audit = pdf.flat.slice(pdf.flat.lastIndexOf('Audit trail'));
    expect(audit).toMatch(/Bram Jansen Vote cast: Votes/);
    expect(audit).toMatch(/Anouk de Vries Outcome recorded: Status, Chosen option, Rationale, Owner, Due date/);
    expect(audit).not.toContain('—');
  });

  it('keeps a 10,000-character word inside the page', async () => {
    const items = (await call(core, 'outcomes.list', { sessionId })).map((outcome) => outcome.itemId);
    await call(core, 'outcomes.record', { sessionId, itemId: items[0]!, changes: { rationale: LONG_WORD } });
    const pdf = await exportPdf('en', 'long.pdf');
    const bbox = execFileSync('pdftotext', ['-bbox', pdf.path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
    const words = [
      ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
    ];
    expect(words.length).toBeGreaterThan(100);
    for (const [, xMin, xMax] of words) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(0);
      expect(Number(xMax)).toBeLessThanOrEqual(pageWidth);
    }
    const xs = words.filter(([, , , text]) => /^x+$/.test(text!)).reduce((sum, [, , , text]) => sum + text!.length, 0);
    expect(xs).toBe(LONG_WORD.length);
  });

  it('prints several exports at once with the one warm Chromium, and starts it again after closing', async () => {
    const [a, b] = await Promise.all([exportPdf('nl', 'a.pdf'), exportPdf('en', 'b.pdf')]);
    expect(a.flat).toContain('Besluitenverslag');
    expect(b.flat).toContain('Decision report');
    await printer.close();
    expect((await exportPdf('nl', 'again.pdf')).flat).toContain('Samenvatting');
  });
});
