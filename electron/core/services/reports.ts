import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { renderReportHtml } from '../reports/html.ts';
import { fileNameFor } from './fileNames.ts';
import type { SessionService } from './sessions.ts';

/** Turns report HTML into an A4 PDF; each shell brings its own Chromium. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export function reportService(store: Store, sessions: SessionService, renderPdf: PdfRenderer) {
  return {
    async export(input: ApiParsedInput<'reports.export'>): Promise<ApiOutput<'reports.export'>> {
      const session = sessions.findSession(input.sessionId);
      const version = store.boardVersions.get(session.boardHash);
      if (!version) throw new ServiceError('internal', `The board version of session '${session.id}' is missing`);
      const language = input.language;
      const reportHtml = renderReportHtml({
        board: version.board,
        session,
        outcomes: store.outcomes.list(session.id),
        events: store.events.list(session.id),
        language,
        generatedAt: new Date(),
      });
      const format = input.format ?? 'pdf';
      if (format === 'html')
        return {
          fileName: fileNameFor(session.title, session.date, language, 'html'),
          mimeType: 'text/html',
          base64: Buffer.from(reportHtml, 'utf8').toString('base64'),
        };
      const pdf = await renderPdf(reportHtml);
      return {
        fileName: fileNameFor(session.title, session.date, language, 'pdf'),
        mimeType: 'application/pdf',
        base64: Buffer.from(pdf).toString('base64'),
      };
    },
  };
}
