import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Item } from '../../shared/board/schema.ts';
import { createCore, type Core } from '../core/index.ts';
import { RESOURCES_DIR, tempDir } from '../testing/fixtures.ts';
import { call } from '../testing/miniCore.ts';
import { chromiumBrowsers, processesUnder, type RunningProcess } from '../../scripts/processes.ts';
import { createChromiumPrinter, LAUNCH_MODES } from './chromiumPrinter.ts';

// Real PDFs from the real Chromium, read back with poppler's pdftotext and pdfinfo, and qpdf.
// The session: five decisions on the webshop board (one overdue at the export), an escalated risk
// with a deadline, a written summary, a private note; the board's blocking questions stay open.
const printer = createChromiumPrinter();
const folder = tempDir();
let core: Core;
let sessionId: string;
let board: { items: Item[] };
const LONG_WORD = 'x'.repeat(10_000);
const PRIVATE_NOTE = 'Vertrouwelijk: de leverancier weet dit nog niet';
const SUMMARY = 'De zaal bevestigde vijf besluiten. Het DNS-risico gaat naar de directie.';
const rationales: string[] = [];
const decisions: Item[] = [];
let escalated: Item;

beforeAll(async () => {
  core = await createCore({
    dataDir: join(folder.path, 'data'),
    resourcesDir: RESOURCES_DIR,
    renderPdf: printer.render,
    log: () => {},
  });
  board = (await call(core, 'boards.get', { boardId: 'webshop-migration' })).board;
  const session = await call(core, 'sessions.create', {
    boardId: 'webshop-migration',
    title: 'Kwartaalreview Q4 van het platformteam met een titel die te lang is voor de kopregel',
    date: '2026-11-20',
    facilitator: 'Anouk de Vries',
    participants: ['Bram Jansen', 'Chris'],
    language: 'nl',
  });
  sessionId = session.id;
  decisions.push(...board.items.filter((item) => item.kind === 'decision').slice(0, 5));
  for (const [index, item] of decisions.entries()) {
    const rationale = `Onderbouwing ${index + 1}: het team kiest dit na overleg.`;
    rationales.push(rationale);
    await call(core, 'outcomes.record', {
      sessionId,
      itemId: item.id,
      changes: {
        status: 'decided',
        chosenOption: 'confirm',
        rationale,
        owner: `Eigenaar ${index + 1}`,
        // Past at any export after the review: the first is overdue.
        dueDate: index === 0 ? '2026-10-31' : '2099-03-31',
        notes: index === 1 ? PRIVATE_NOTE : '',
      },
    });
  }
  escalated = board.items.find((item) => item.kind === 'risk')!;
  await call(core, 'outcomes.record', {
    sessionId,
    itemId: escalated.id,
    changes: { status: 'escalated', rationale: 'Naar de directie.', owner: 'CTO', dueDate: '2099-12-20' },
  });
  await call(core, 'outcomes.vote', {
    sessionId,
    itemId: decisions[0]!.id,
    participant: 'Bram Jansen',
    optionId: 'confirm',
  });
  await call(core, 'outcomes.vote', { sessionId, itemId: decisions[0]!.id, participant: 'Chris', optionId: 'confirm' });
  await call(core, 'sessions.saveSummary', { sessionId, summary: SUMMARY });
}, 60_000);

afterAll(async () => {
  core?.close();
  await printer.close();
  folder.remove();
});

const SOFT_HYPHEN = '\u00ad';

async function exportFile(language: 'nl' | 'en', format: 'pdf' | 'md' | 'csv', extra: Record<string, unknown> = {}) {
  // As the shells get it: the file's bytes (the host streams them, the desktop writes them).
  const file = await core.reportFile({ sessionId, language, format, ...extra });
  if (!file.ok) throw new Error(file.error.message);
  return file.value.bytes;
}

async function exportPdf(language: 'nl' | 'en', name: string, extra: Record<string, unknown> = {}) {
  const path = join(folder.path, name);
  writeFileSync(path, await exportFile(language, 'pdf', extra));
  const run = (tool: string, ...args: string[]) =>
    execFileSync(tool, [...args, path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const raw = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  // A soft hyphen inside a line is not printed; one at a line's end is (the word breaks there).
  const lines = raw.replace(new RegExp(`${SOFT_HYPHEN}(?![-\\n])`, 'g'), '');
  const plain = raw.replaceAll(SOFT_HYPHEN, '');
  return {
    lines,
    flat: plain.replace(/\s+/g, ' '),
    /** The text of each page, whitespace folded. */
    pageTexts: plain.split('\f').map((page) => page.replace(/\s+/g, ' ')),
    info: run('pdfinfo'),
    json: JSON.parse(execFileSync('qpdf', ['--json', path], { encoding: 'utf8', maxBuffer: 64 << 20 })),
    path,
  };
}

const pages = (info: string) => Number(/^Pages:\s+(\d+)/m.exec(info)![1]);

interface Outline {
  title: string;
  kids: Outline[];
}
const titles = (outlines: Outline[]): string[] => outlines.flatMap((entry) => [entry.title, ...titles(entry.kids)]);

/** Text of a section: from its heading to the next one named. */
function section(flat: string, heading: string, next: string): string {
  const start = flat.indexOf(heading, flat.indexOf(heading) + 1);
  return flat.slice(start, flat.indexOf(next, start + heading.length));
}

describe('the PDF report', () => {
  it('fits five decisions with the open blocking questions and risks in six pages, the appendix left out', async () => {
    for (const language of ['nl', 'en'] as const) {
      const pdf = await exportPdf(language, `short-${language}.pdf`, { omitSections: ['audit'] });
      expect(pages(pdf.info), language).toBeLessThanOrEqual(6);
      for (const rationale of rationales) expect(pdf.flat).toContain(rationale);
      expect(pdf.flat).not.toMatch(language === 'nl' ? /Bijlage/ : /Appendix/);
    }
    // The appendix starts on a page of its own after the rest.
    const full = await exportPdf('nl', 'full.pdf');
    const appendixPage = full.pageTexts.findIndex((page) => page.includes('Wanneer Wie Wat'));
    expect(appendixPage).toBeGreaterThan(0);
    expect(full.pageTexts[appendixPage]).toMatch(/Bijlage: logboek van wijzigingen Wanneer Wie Wat/);
    // Nothing but the running header comes before it on its page.
    expect(full.pageTexts[appendixPage]!.split('Bijlage: logboek')[0]).not.toMatch(/Risicoregister|Acties/);
  });

  it('tells the story on page 1: the written summary, then the escalation with its deadline, then the counts', async () => {
    const pdf = await exportPdf('nl', 'story.pdf');
    const first = pdf.pageTexts[0]!;
    const order = [SUMMARY, 'Vraagt aandacht', escalated.title.nl, '20 december 2099', 'In cijfers'].map((text) =>
      first.indexOf(text),
    );
    expect(
      order.every((position) => position >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(first).toMatch(/Over tijd/);
    expect(first).toMatch(/9 blokkerende vragen nog open/);
  });

  it('lists every open high risk in the register and every owner with a due date in the actions, the overdue one marked', async () => {
    const pdf = await exportPdf('en', 'register.pdf', { omitSections: ['audit'] });
    const register = section(pdf.flat, 'Risk register', 'Actions: who does what by when');
    const risks = board.items.filter((item) => item.kind === 'risk' && ['high', 'critical'].includes(item.severity!));
    expect(risks.length).toBeGreaterThan(1);
    for (const risk of risks) expect(register).toContain(risk.title.en);
    expect(register).toContain('not discussed');
    const actions = pdf.flat.slice(pdf.flat.lastIndexOf('Actions: who does what by when'));
    for (let owner = 1; owner <= 5; owner++) expect(actions).toContain(`Eigenaar ${owner}`);
    expect(actions).toMatch(/Eigenaar 1 31 October 2026 Overdue/);
    expect(actions.match(/Overdue/g)).toHaveLength(2); // the column's explanation and the one overdue action
  });

  it('leaves the private note out of the PDF, MADR and CSV unless asked for', async () => {
    const unzipped = (bytes: Uint8Array) =>
      Object.values(unzipSync(bytes))
        .map((file) => strFromU8(file))
        .join('\n');
    expect((await exportPdf('nl', 'private.pdf')).flat).not.toContain(PRIVATE_NOTE);
    expect(unzipped(await exportFile('nl', 'md'))).not.toContain(PRIVATE_NOTE);
    expect(unzipped(await exportFile('nl', 'csv'))).not.toContain(PRIVATE_NOTE);
    expect((await exportPdf('nl', 'notes.pdf', { includeNotes: true })).flat).toContain(PRIVATE_NOTE);
    expect(unzipped(await exportFile('nl', 'md', { includeNotes: true }))).toContain(PRIVATE_NOTE);
    expect(unzipped(await exportFile('nl', 'csv', { includeNotes: true }))).toContain(PRIVATE_NOTE);
  });

  it('breaks no status, title or option name of the session across lines without a hyphen', async () => {
    for (const language of ['nl', 'en'] as const) {
      const pdf = await exportPdf(language, `words-${language}.pdf`);
      const recorded = [...decisions, escalated];
      const names = [
        ...['decided', 'escalated', 'open', 'deferred'].map(
          (code) =>
            ({
              nl: { decided: 'Besloten', escalated: 'Geëscaleerd', open: 'Open', deferred: 'Uitgesteld' },
              en: { decided: 'Decided', escalated: 'Escalated', open: 'Open', deferred: 'Deferred' },
            })[language][code as 'open'],
        ),
        ...recorded.map((item) => item.title[language]),
        ...recorded.flatMap((item) => item.options.map((option) => option.label[language])),
      ];
      const words = new Set(names.flatMap((name) => name.split(/[\s/()]+/)).filter((word) => word.length >= 4));
      expect(words.size).toBeGreaterThan(20);
      for (const word of words)
        for (let cut = 1; cut < word.length; cut++)
          expect(pdf.lines, `${word} broken after ${cut} without a hyphen`).not.toContain(
            `${word.slice(0, cut)}\n${word.slice(cut)}`,
          );
    }
  });

  it('has a contents page whose links lead to the sections and items, an outline, and Boardwalk as its maker', async () => {
    const pdf = await exportPdf('nl', 'meta.pdf');
    const objects = pdf.json.qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
    const catalog = Object.values(objects).find((object) => object.value?.['/Type'] === '/Catalog')!.value!;
    expect(catalog['/Lang']).toBe('u:nl');
    const dests = objects[`obj:${catalog['/Dests'] as string}`]!.value as Record<string, unknown>;
    const links = Object.values(objects).flatMap((object) =>
      object.value?.['/Subtype'] === '/Link' ? [object.value['/Dest'] as string] : [],
    );
    expect(links).toEqual(expect.arrayContaining(['/decisions', '/risks', '/actions', `/item-${decisions[0]!.id}`]));
    for (const link of links) expect(dests, link).toHaveProperty([link]);
    expect(titles(pdf.json.outlines)).toEqual(
      expect.arrayContaining([
        'Samenvatting',
        'Inhoud',
        'Besluiten en uitkomsten',
        ...decisions.map((item) => item.title.nl),
        'Risicoregister',
        'Bijlage: logboek van wijzigingen',
      ]),
    );
    expect(pdf.info).toMatch(/^Creator:\s+Boardwalk$/m);
    expect(pdf.info).toMatch(/^Producer:\s+Boardwalk$/m);
    expect(pdf.info).toMatch(/^Title:\s+Besluitenverslag: Kwartaalreview Q4/m);
    expect(pdf.info).toMatch(/^Subject:\s+.*2026-11-20$/m);
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(execFileSync('qpdf', ['--check', pdf.path], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });

  it('in English likewise, whatever the session language, with votes as a tally', async () => {
    // Printed on the page the Dutch reports were printed on: nothing of theirs, and the same fonts, embedded.
    const pdf = await exportPdf('en', 'en.pdf');
    const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' });
    expect(fonts).toMatch(/\+NotoSans-Regular\s.*\syes\s+yes/);
    expect(fonts).toMatch(/\+NotoSans-Bold\s.*\syes\s+yes/);
    expect(pdf.flat).not.toContain('Samenvatting');
    for (const heading of ['Decision report', 'Summary', 'Decisions and outcomes', 'Appendix: audit trail'])
      expect(pdf.flat).toContain(heading);
    expect(pdf.flat).toContain('20 November 2026');
    expect(pdf.flat).not.toContain('Besluitenverslag');
    expect(pdf.flat).toContain('Confirm: 2 votes');
    expect(pdf.flat).not.toMatch(/Bram Jansen: Confirm/);
  });

  it('names who changed what in the audit trail, for the reported items only', async () => {
    const pdf = await exportPdf('en', 'who.pdf');
    const audit = pdf.flat.slice(pdf.flat.lastIndexOf('Appendix: audit trail'));
    expect(audit).toMatch(/Bram Jansen Vote cast: Votes/);
    expect(audit).toMatch(/Anouk de Vries Summary written/);
    expect(audit).toMatch(/Anouk de Vries Outcome recorded: Status, Chosen option, Rationale, Owner, Due date/);
  });

  it('keeps a 10,000-character word inside the page, broken only at hyphens', async () => {
    await call(core, 'outcomes.record', { sessionId, itemId: decisions[2]!.id, changes: { rationale: LONG_WORD } });
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
    const pieces = words.map(([, , , text]) => text!.replaceAll(SOFT_HYPHEN, '')).filter((text) => /^x+-?$/.test(text));
    expect(pieces.every((piece, index) => index === pieces.length - 1 || piece.endsWith('-'))).toBe(true);
    expect(pieces.reduce((sum, piece) => sum + piece.replace('-', '').length, 0)).toBe(LONG_WORD.length);
    await call(core, 'outcomes.record', {
      sessionId,
      itemId: decisions[2]!.id,
      changes: { rationale: rationales[2]! },
    });
  });

  it('prints board and user text as text on the kept page, the second export too', async () => {
    const hostile = 'Kies <b>dit</b> & <img src=x onerror=alert(1)> niet';
    await call(core, 'outcomes.record', { sessionId, itemId: decisions[3]!.id, changes: { rationale: hostile } });
    for (const language of ['nl', 'en'] as const)
      expect((await exportPdf(language, `hostile-${language}.pdf`)).flat).toContain(hostile);
    await call(core, 'outcomes.record', {
      sessionId,
      itemId: decisions[3]!.id,
      changes: { rationale: rationales[3]! },
    });
  });

  it('prints several exports at once with the one warm Chromium, and starts it again after closing', async () => {
    const [a, b] = await Promise.all([exportPdf('nl', 'a.pdf'), exportPdf('en', 'b.pdf')]);
    expect(a.flat).toContain('Besluitenverslag');
    expect(b.flat).toContain('Decision report');
    await printer.close();
    expect((await exportPdf('nl', 'again.pdf')).flat).toContain('Samenvatting');
  });

  it('prints in the first launch mode, one Chromium process, when that Chromium takes it', async () => {
    await exportFile('nl', 'pdf');
    const chromium = chromiumProcesses().map(({ args }) => args);
    expect(chromium.some((args) => args.includes('--single-process'))).toBe(true);
    // Chromium's usual model has a renderer process (and a print compositor during each print).
    expect(chromium.filter((args) => args.includes('--type=renderer'))).toEqual([]);
  });

  it('starts Chromium in the next launch mode when one will not start, and keeps to it', async () => {
    const lines: string[] = [];
    // `--version` makes Chromium print its version and exit: a mode this Chromium refuses.
    const fallible = createChromiumPrinter({
      launchModes: [['--version'], LAUNCH_MODES[0]!],
      log: (line) => lines.push(line),
    });
    const html = '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body><p>Eerste</p></body></html>';
    try {
      const first = await fallible.render(html);
      const second = await fallible.render(html.replace('Eerste', 'Tweede'));
      expect(pdfText(first)).toContain('Eerste');
      expect(pdfText(second)).toContain('Tweede');
      expect(lines).toEqual([expect.stringMatching(/^printer: Chromium failed in mode 1 .*; starting it in mode 2$/)]);
    } finally {
      await fallible.close();
    }
  });

  it('says why when Chromium will not start in any mode', async () => {
    const hopeless = createChromiumPrinter({ launchModes: [['--version'], ['--version']] });
    await expect(hopeless.render('<p>x</p>')).rejects.toThrow(/closed|exited|launch/i);
    await hopeless.close();
  });
});

describe('the printer made ready when the export dialog opens', () => {
  it('starts Chromium on reports.prepare, and the export after it prints with that same Chromium', async () => {
    const ready = createChromiumPrinter();
    const prepared = await createCore({
      dataDir: join(folder.path, 'prepared'),
      resourcesDir: RESOURCES_DIR,
      renderPdf: ready.render,
      preparePdf: ready.prepare,
      log: () => {},
    });
    try {
      const before = chromiumProcesses().map(({ pid }) => pid);
      const session = await call(prepared, 'sessions.create', {
        boardId: 'webshop-migration',
        title: 'Voorbereid',
        date: '2026-11-20',
        facilitator: 'Anouk',
        participants: [],
        language: 'nl',
      });
      // The browsers started here, not their helpers (a crash handler comes and goes on its own).
      const started = () => chromiumBrowsers(chromiumProcesses()).filter((pid) => !before.includes(pid));
      expect(await call(prepared, 'reports.prepare', {})).toEqual({ ok: true });
      // The call is answered before Chromium is up; it comes up without anything else asking.
      await vi.waitFor(() => expect(started()).toHaveLength(1), { timeout: 20_000, interval: 50 });
      // Taking turns with the preparing started by the call, so this waits until the fonts are in.
      await ready.prepare();
      const running = started();
      const file = await prepared.reportFile({ sessionId: session.id, language: 'nl', format: 'pdf' });
      if (!file.ok) throw new Error(file.error.message);
      expect(pdfText(file.value.bytes)).toContain('Voorbereid');
      expect(started()).toEqual(running);
    } finally {
      prepared.close();
      await ready.close();
    }
  });

  it('says in the log when Chromium cannot be made ready, and the export after it gives the reason', async () => {
    const lines: string[] = [];
    const unready = createChromiumPrinter({ log: (line) => lines.push(line) });
    const chosen = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(folder.path, 'no-chromium-here');
    try {
      await expect(unready.prepare()).resolves.toBeUndefined();
      expect(lines).toEqual([
        expect.stringMatching(/^printer: Chromium could not be prepared \(.*Chromium.*\); the next export starts it$/),
      ]);
      await expect(unready.render('<p>x</p>')).rejects.toMatchObject({ code: 'internal', reason: 'noChromium' });
    } finally {
      if (chosen === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = chosen;
      await unready.close();
    }
  });
});

/** This process's descendants that are Chromium or its helpers, with their command lines. */
function chromiumProcesses(): RunningProcess[] {
  return processesUnder(process.pid).filter(({ args }) => /chrom/.test(args[0] ?? ''));
}

function pdfText(pdf: Uint8Array): string {
  const path = join(folder.path, 'small.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
}
