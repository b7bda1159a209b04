import { z } from 'zod';
import { apiContract } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { errorBody, ServiceError } from './errors.ts';
import type { PdfRenderer, RenderedReport } from './reports/render.ts';
import { buildReportModel } from './reports/build.ts';
import { renderReportFile, reportInputOf, type MadrRecordsOf, type ReportSource } from './services/reports.ts';

/** A report as a file, for a shell that hands it on as a file (a download, a save dialog). */
export type ReportFileExport = (input: unknown) => Promise<ApiResult<RenderedReport>>;

/**
 * `reports.export` with the same input and the same errors, answered with the file's bytes rather
 * than base64 inside JSON: the browser host streams them as a download, the desktop writes them.
 */
export function reportFileExport(
  source: ReportSource,
  renderPdf: PdfRenderer,
  log: (line: string) => void,
  madrRecords?: MadrRecordsOf,
): ReportFileExport {
  return async (raw) => {
    const parsed = apiContract['reports.export'].input.safeParse(raw ?? {});
    if (!parsed.success)
      return {
        ok: false,
        error: errorBody('bad-request', 'invalidInput', { detail: z.prettifyError(parsed.error) }, parsed.error.issues),
      };
    try {
      const report = reportInputOf(source, parsed.data);
      const records = parsed.data.format === 'md' ? madrRecords?.(report) : undefined;
      return { ok: true, value: await renderReportFile(buildReportModel(report), parsed.data, renderPdf, records) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toBody() };
      log(`Report file failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: errorBody('internal', 'internal') };
    }
  };
}
