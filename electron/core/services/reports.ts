import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { buildReportModel } from '../reports/build.ts';
import type { ReportModel } from '../reports/model.ts';
import { renderReport, type PdfRenderer } from '../reports/render.ts';
import type { SessionService } from './sessions.ts';

export type { PdfRenderer };

/** The machine's own time zone, for the times in the audit trail. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function reportService(store: Store, sessions: SessionService, renderPdf: PdfRenderer) {
  /** The session this one follows, while it still exists (a purged one is simply not compared). */
  function previousOf(session: Session) {
    const previous = session.previousSessionId ? store.sessions.get(session.previousSessionId) : undefined;
    return previous ? { session: previous, outcomes: store.outcomes.list(previous.id) } : null;
  }

  function model(input: ApiParsedInput<'reports.export'>): ReportModel {
    const session = sessions.findSession(input.sessionId);
    const version = store.boardVersions.get(session.boardHash);
    if (!version) throw new ServiceError('internal', 'boardVersionMissing', { session: session.id });
    return buildReportModel({
      board: version.board,
      boardHash: version.hash,
      session,
      outcomes: store.outcomes.list(session.id),
      events: store.events.list(session.id),
      settings: store.sessionSettings.get(session.id),
      previous: previousOf(session),
      language: input.language,
      options: {
        includeUndecided: input.includeUndecided,
        omitSections: input.omitSections,
        includeNotes: input.includeNotes,
        voterNames: input.voterNames,
      },
      generatedAt: new Date().toISOString(),
    });
  }

  return {
    async export(input: ApiParsedInput<'reports.export'>): Promise<ApiOutput<'reports.export'>> {
      const report = await renderReport(model(input), input.format, renderPdf, localTimeZone());
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
      };
    },
  };
}
