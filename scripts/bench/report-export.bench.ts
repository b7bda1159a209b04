/**
 * PDF export time through the host's one warm Chromium: the webshop board with 0, 50 and 122
 * recorded items, and a synthetic board of 500 items with 200 and 500 recorded. "first" starts
 * Chromium (as the first export after the host starts does); "warm" is the median of the exports after it.
 * Every export does all of a real one's work: the session read from the database, the report model
 * and its HTML built, Chromium laying out and printing a tagged PDF with its outline, the document
 * information written; nothing is kept from one export to the next but the warm browser and page.
 * "after prepare" is a first export once the printer was made ready, as the export dialog does when
 * it opens (Chromium started, the report fonts loaded): what a facilitator's one export of a meeting
 * takes in the browser host.
 * Beside the wall time: the CPU time Chromium's processes used for an export (from /proc), which
 * depends less on what else the machine runs; the longest the request thread was held during the
 * warm exports (another API call waits that long: the model and HTML, the browser's messages); and
 * the load average.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { createCore, type Core } from '../../electron/core/index.ts';
import { createChromiumPrinter, findChromium } from '../../electron/adapters/chromiumPrinter.ts';
import { descendantCpuMs } from './childCpu.ts';
import { apiOf, ms, percentile, RESOURCES_DIR } from './helpers.ts';

export const title = 'PDF report export (warm Chromium in the host)';

const WARM_RUNS = 5;
const TARGETS: Record<number, number> = { 50: 1000, 200: 2500 };

/** A board of `count` items of several kinds on a small chain, as a pack file. */
function syntheticPack(count: number): string {
  const text = (en: string) => ({ nl: en, en });
  const kinds = ['risk', 'decision', 'open-question', 'recommendation', 'action-item'] as const;
  const items = Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    const base = {
      id: `item_${index}`,
      kind,
      title: text(`Synthetic item ${index} about a platform choice`),
      summary: text(`What item ${index} is about, in a sentence or two, as a source would put it.`),
      refs: ['n_requirement', 'n_tool'],
      source: { document: 'synthetic', section: String(index) },
      options: [
        { id: 'a', label: text('Option A'), recommended: true },
        { id: 'b', label: text('Option B') },
      ],
      checklist: [text('First check'), text('Second check')],
    };
    if (kind === 'risk') return { ...base, severity: 'high' };
    if (kind === 'decision') return { ...base, decided: text('What the source decided') };
    if (kind === 'open-question') return { ...base, number: index + 1, question: text(`Question ${index}?`) };
    if (kind === 'action-item') return { ...base, priority: 'week-1', options: [] };
    return base;
  });
  return stringify({
    board: {
      id: 'synthetic-bench',
      version: '1.0.0',
      title: text('Synthetic bench board'),
      languages: ['nl', 'en'],
      credit: 'Boardwalk bench',
      licence: 'MIT',
    },
    layers: [{ id: 'l0', title: text('Layer 0') }],
    nodes: [
      { id: 'n_requirement', layer: 'l0', type: 'business-requirement', label: text('Requirement') },
      { id: 'n_tool', layer: 'l0', type: 'tool-choice', label: text('Tool') },
    ],
    edges: [{ from: 'n_requirement', to: 'n_tool' }],
    items,
  });
}

async function sessionWith(core: Core, boardId: string, recorded: number): Promise<string> {
  const session = await apiOf(core)['sessions.create']({
    boardId,
    title: `bench ${recorded}`,
    date: '2027-01-15',
    facilitator: 'bench',
    participants: ['Bram'],
    language: 'nl',
  });
  const { board } = await apiOf(core)['boards.get']({ boardId });
  for (const item of board.items.slice(0, recorded))
    await apiOf(core)['outcomes.record']({
      sessionId: session.id,
      itemId: item.id,
      changes: {
        status: 'decided',
        chosenOption: item.options?.[0]?.id ?? null,
        rationale: `Decided in the bench for ${item.id}, with a reason of a sentence.`,
        owner: 'Ops',
        dueDate: '2027-03-31',
      },
    });
  return session.id;
}

function pagesOf(pdf: Buffer, folder: string): string {
  const file = join(folder, 'bench.pdf');
  writeFileSync(file, pdf);
  try {
    return /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
  } catch {
    return '?';
  }
}

export async function run(): Promise<void> {
  if (!findChromium()) {
    console.log('skipped: no Chromium to print with (install chromium or set CHROMIUM_PATH)');
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'boardwalk-bench-report-'));
  const printer = createChromiumPrinter();
  const core = await createCore({
    dataDir: join(folder, 'data'),
    resourcesDir: RESOURCES_DIR,
    renderPdf: printer.render,
    log: () => {},
  });
  try {
    await apiOf(core)['boards.import']({
      files: [{ name: 'board.yaml', base64: Buffer.from(syntheticPack(500)).toString('base64') }],
    });
    // BENCH_RECORDED=50,200 measures those cases only.
    const only = process.env.BENCH_RECORDED?.split(',').map(Number);
    const cases = [
      { board: 'webshop-migration', recorded: 0 },
      { board: 'webshop-migration', recorded: 50 },
      { board: 'webshop-migration', recorded: 122 },
      { board: 'synthetic-bench', recorded: 200 },
      { board: 'synthetic-bench', recorded: 500 },
    ].filter((entry) => !only || only.includes(entry.recorded));
    console.log(`warm = median of ${WARM_RUNS} exports after the first; report in Dutch, undecided items left out`);
    console.log(
      'board               recorded  pages   first (Chromium start)   after prepare   warm median   warm max   Chromium CPU   thread held   HTML      HTML built   target              load',
    );
    for (const { board, recorded } of cases) {
      const sessionId = await sessionWith(core, board, recorded);
      // As the shells get it: the file's bytes, no base64.
      const exportOnce = async (format: 'pdf' | 'html' = 'pdf') => {
        const cpuBefore = descendantCpuMs();
        const start = performance.now();
        const file = await core.reportFile({ sessionId, language: 'nl', format });
        if (!file.ok) throw new Error(`reports.export: ${file.error.message}`);
        const time = performance.now() - start;
        const cpuAfter = descendantCpuMs();
        const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
        return { time, cpu, pdf: Buffer.from(file.value.bytes) };
      };
      // Where the time goes: building the model and its HTML (no Chromium), and the HTML's size.
      const html = await exportOnce('html');
      await printer.close();
      const first = await exportOnce();
      await printer.close();
      await printer.prepare();
      const prepared = await exportOnce();
      const warm: number[] = [];
      const warmCpu: number[] = [];
      const held = monitorEventLoopDelay({ resolution: 5 });
      held.enable();
      for (let run = 0; run < WARM_RUNS; run++) {
        const { time, cpu } = await exportOnce();
        warm.push(time);
        if (cpu !== undefined) warmCpu.push(cpu);
      }
      held.disable();
      warm.sort((a, b) => a - b);
      warmCpu.sort((a, b) => a - b);
      const median = percentile(warm, 50);
      const cpuMedian = warmCpu.length === WARM_RUNS ? ms(percentile(warmCpu, 50)) : '?';
      const target = TARGETS[recorded];
      const verdict = target ? `< ${target} ms: ${median < target ? 'yes' : 'NO'}` : '';
      console.log(
        `${board.padEnd(19)} ${String(recorded).padStart(8)}  ${pagesOf(first.pdf, folder).padStart(5)}   ` +
          `${ms(first.time).padStart(22)}   ${ms(prepared.time).padStart(13)}   ${ms(median).padStart(11)}   ${ms(warm.at(-1)!).padStart(8)}   ` +
          `${cpuMedian.padStart(12)}   ${ms(held.max / 1e6).padStart(11)}   ` +
          `${`${(html.pdf.length / 1024).toFixed(0)} KB`.padStart(7)}   ` +
          `${ms(html.time).padStart(10)}   ${verdict.padEnd(17)}   ${loadavg()[0]!.toFixed(2)}`,
      );
    }
  } finally {
    core.close();
    await printer.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
