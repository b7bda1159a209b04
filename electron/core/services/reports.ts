import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import { buildReportModel, itemPageWith, type ReportInput } from '../reports/build.ts';
import type { MadrRecord, MadrRegister } from '../reports/madr.ts';
import type { ReportModel } from '../reports/model.ts';
import type { PdfRenderer, RenderedReport } from '../reports/render.ts';
import type { RegisterService } from './register.ts';

export type { PdfRenderer };

/** What a report reads: the app's store, or the command line's read-only one. */
export type ReportSource = Pick<Store, 'sessions' | 'boardVersions' | 'outcomes' | 'events' | 'sessionSettings'>;
export type ExportInput = ApiParsedInput<'reports.export'>;
/** The MADR records of a report: the board's register as it stood by the session's date. */
export type MadrRecordsOf = (report: ReportInput) => MadrRegister;

/** The machine's own time zone, for the times in the audit trail. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The session this one follows, while it still exists (a purged one is simply not compared). */
function previousOf(source: ReportSource, session: Session) {
  const previous = session.previousSessionId ? source.sessions.get(session.previousSessionId) : undefined;
  return previous ? { session: previous, outcomes: source.outcomes.list(previous.id) } : null;
}

/** What the report of a session is built from, read from `source`; a session in the trash has none. */
export function reportInputOf(source: ReportSource, input: ExportInput, generatedAt = new Date()): ReportInput {
  const session = source.sessions.get(input.sessionId);
  if (!session || session.deletedAt)
    throw new ServiceError('not-found', 'sessionNotFound', { session: input.sessionId });
  const version = source.boardVersions.get(session.boardHash);
  if (!version) throw new ServiceError('internal', 'boardVersionMissing', { session: session.id });
  return {
    board: version.board,
    boardHash: version.hash,
    session,
    outcomes: source.outcomes.list(session.id),
    events: source.events.list(session.id),
    settings: source.sessionSettings.get(session.id),
    previous: previousOf(source, session),
    language: input.language,
    options: {
      includeUndecided: input.includeUndecided,
      omitSections: input.omitSections,
      includeNotes: input.includeNotes,
      voterNames: input.voterNames,
    },
    generatedAt: generatedAt.toISOString(),
  };
}

/** Loaded with the first export, not at start: the renderers bring fonts and hyphenation patterns (0.25 s of CPU). */
export async function renderReportFile(
  model: ReportModel,
  input: ExportInput,
  renderPdf: PdfRenderer,
  records?: MadrRegister,
): Promise<RenderedReport> {
  const { renderReport } = await import('../reports/render.ts');
  return renderReport(model, input.format, renderPdf, localTimeZone(), records);
}

/** How a report finds its MADR records: each decision of the register, as the deciding session left it. */
export function madrRecordsOf(store: ReportSource, register: Pick<RegisterService, 'entries'>): MadrRecordsOf {
  /** One record: the item as the deciding session left it, on that session's board version where this one lacks it. */
  function recordOf(report: ReportInput, entry: MadrRecord['entry']): MadrRecord | null {
    const decidedIn = store.sessions.get(entry.decidedIn.sessionId);
    const outcome = decidedIn ? store.outcomes.get(decidedIn.id, entry.itemId) : undefined;
    const own = decidedIn ? store.boardVersions.get(decidedIn.boardHash)?.board : undefined;
    const page =
      itemPageWith(report, entry.itemId, outcome) ??
      (own ? itemPageWith({ ...report, board: own }, entry.itemId, outcome) : null);
    if (!page) return null;
    const item = [report.board, own].flatMap((board) => board?.items ?? []).find((i) => i.id === entry.itemId);
    return {
      entry,
      page,
      decisionMakers: [decidedIn?.facilitator ?? entry.actor],
      consulted: decidedIn?.participants ?? [],
      informed: outcome?.owner ? [outcome.owner] : [],
      optionLabels: Object.fromEntries(item?.options.map((option) => [option.id, option.label[report.language]]) ?? []),
    };
  }
  return (report) => {
    const entries = register
      .entries(report.session.boardId)
      .filter((entry) => entry.decidedIn.date <= report.session.date);
    return { records: entries.flatMap((entry) => recordOf(report, entry) ?? []) };
  };
}

/** Gets printing ready ahead of an export; it reports its own failures, which the export after it meets again. */
export type PdfPreparer = () => Promise<void>;

/** The report methods of the contract. */
export function reportHandlers(
  store: Store,
  madrRecords: MadrRecordsOf,
  renderPdf: PdfRenderer,
  preparePdf?: PdfPreparer,
) {
  return {
    'reports.prepare'(): ApiOutput<'reports.prepare'> {
      // Not awaited: the dialog is answered at once while Chromium starts.
      void preparePdf?.();
      return { ok: true };
    },
    async 'reports.export'(input: ExportInput): Promise<ApiOutput<'reports.export'>> {
      const source = reportInputOf(store, input);
      const records = input.format === 'md' ? madrRecords(source) : undefined;
      const report = await renderReportFile(buildReportModel(source), input, renderPdf, records);
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
      };
    },
  } satisfies HandlerGroup;
}
