import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { buildReportModel } from '../reports/build.ts';
import type { ReportModel } from '../reports/model.ts';
import type { PdfRenderer, RenderedReport } from '../reports/render.ts';

export type { PdfRenderer };

/** What a report reads: the app's store, or the command line's read-only one. */
export type ReportSource = Pick<Store, 'sessions' | 'boardVersions' | 'outcomes' | 'events' | 'sessionSettings'>;
export type ReportInput = ApiParsedInput<'reports.export'>;

/** The machine's own time zone, for the times in the audit trail. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The session this one follows, while it still exists (a purged one is simply not compared). */
function previousOf(source: ReportSource, session: Session) {
  const previous = session.previousSessionId ? source.sessions.get(session.previousSessionId) : undefined;
  return previous ? { session: previous, outcomes: source.outcomes.list(previous.id) } : null;
}

/** The report model of a session, read from `source`; a session in the trash has none. */
export function reportModelOf(source: ReportSource, input: ReportInput, generatedAt = new Date()): ReportModel {
  const session = source.sessions.get(input.sessionId);
  if (!session || session.deletedAt)
    throw new ServiceError('not-found', 'sessionNotFound', { session: input.sessionId });
  const version = source.boardVersions.get(session.boardHash);
  if (!version) throw new ServiceError('internal', 'boardVersionMissing', { session: session.id });
  return buildReportModel({
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
  });
}

/** Loaded with the first export, not at start: the renderers bring fonts and hyphenation patterns (0.25 s of CPU). */
export async function renderReportFile(
  model: ReportModel,
  input: ReportInput,
  renderPdf: PdfRenderer,
): Promise<RenderedReport> {
  const { renderReport } = await import('../reports/render.ts');
  return renderReport(model, input.format, renderPdf, localTimeZone());
}

export function reportService(store: Store, renderPdf: PdfRenderer) {
  return {
    async export(input: ReportInput): Promise<ApiOutput<'reports.export'>> {
      const report = await renderReportFile(reportModelOf(store, input), input, renderPdf);
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
      };
    },
  };
}
