import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import { buildReportModel, itemPageWith, type ReportInput } from '../reports/build.ts';
import type { MadrRecord, MadrRegister } from '../reports/madr.ts';
import type { ReportModel } from '../reports/model.ts';
import { renderReport, type PdfRenderer } from '../reports/render.ts';
import type { RegisterService } from './register.ts';
import type { SessionService } from './sessions.ts';

export type { PdfRenderer };

/** The machine's own time zone, for the times in the audit trail. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The report methods of the contract. */
export function reportHandlers(
  store: Store,
  sessions: SessionService,
  register: RegisterService,
  renderPdf: PdfRenderer,
) {
  /** The session this one follows, while it still exists (a purged one is simply not compared). */
  function previousOf(session: Session) {
    const previous = session.previousSessionId ? store.sessions.get(session.previousSessionId) : undefined;
    return previous ? { session: previous, outcomes: store.outcomes.list(previous.id) } : null;
  }

  function reportInput(input: ApiParsedInput<'reports.export'>): ReportInput {
    const session = sessions.findSession(input.sessionId);
    const version = store.boardVersions.get(session.boardHash);
    if (!version) throw new ServiceError('internal', 'boardVersionMissing', { session: session.id });
    return {
      board: version.board,
      boardHash: version.hash,
      session,
      outcomes: store.outcomes.list(session.id),
      events: store.events.list(session.id),
      settings: store.sessionSettings.get(session.id),
      previous: previousOf(session),
      language: input.language,
      options: { includeUndecided: input.includeUndecided, omitSections: input.omitSections },
      generatedAt: new Date().toISOString(),
    };
  }

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

  /** The board's register as it stood by the session's date: every decision taken until then, with its state now. */
  function madrRegister(report: ReportInput): MadrRegister {
    const entries = register
      .entries(report.session.boardId)
      .filter((entry) => entry.decidedIn.date <= report.session.date);
    return { records: entries.flatMap((entry) => recordOf(report, entry) ?? []) };
  }

  function model(report: ReportInput): ReportModel {
    return buildReportModel(report);
  }

  return {
    async 'reports.export'(input: ApiParsedInput<'reports.export'>): Promise<ApiOutput<'reports.export'>> {
      const source = reportInput(input);
      const records = input.format === 'md' ? madrRegister(source) : undefined;
      const report = await renderReport(model(source), input.format, renderPdf, localTimeZone(), records);
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
      };
    },
  } satisfies HandlerGroup;
}
