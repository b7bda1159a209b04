import { strToU8, zipSync } from 'fflate';
import type { ReportFormat } from '../../../shared/report/options.ts';
import { renderCsv } from './csv.ts';
import { renderReportHtml } from './html.ts';
import { renderMadr, type MadrRegister, type TextFile } from './madr.ts';
import type { ReportModel } from './model.ts';
import { withDocumentInfo, type DocumentInfo } from './pdfInfo.ts';
import { slugOf } from './slug.ts';
import { translator } from '../translator.ts';

/** Turns report HTML into an A4 PDF; each shell brings its own Chromium. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export interface RenderedReport {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The JSON export: the report model itself, documented by resources/report/report.schema.json. */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** A zip of text files, dated with the report's own time so the same report makes the same bytes. */
export function zipFiles(files: readonly TextFile[], at: string): Uint8Array {
  const mtime = new Date(at);
  return zipSync(Object.fromEntries(files.map((file) => [file.path, [strToU8(file.content), { mtime }]])));
}

function baseName(model: ReportModel): string {
  const { session } = model.cover;
  return `${session.date}-${slugOf(session.title) || 'session'}-${model.language}`;
}

/** What the PDF says about itself: Boardwalk as its maker, the session's title, facilitator and date. */
export function documentInfo(model: ReportModel): DocumentInfo {
  const t = translator(model.language);
  const { board, session } = model.cover;
  return {
    title: `${t('report.title')}: ${session.title}`,
    author: session.facilitator,
    subject: `${board.title} · ${session.date}`,
    keywords: [t('report.title'), board.title, session.date].join(', '),
    createdAt: model.generatedAt,
    sessionDate: session.date,
  };
}

/** One model, every format: nothing about the session is worked out here, only written down. */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  renderPdf: PdfRenderer,
  timeZone?: string,
  /** The board's decision register, which the MADR records follow; without it, the report's own decisions. */
  register?: MadrRegister,
): Promise<RenderedReport> {
  const base = baseName(model);
  switch (format) {
    case 'pdf':
      return {
        fileName: `${base}.pdf`,
        mimeType: 'application/pdf',
        bytes: withDocumentInfo(await renderPdf(renderReportHtml(model, timeZone, 'print')), documentInfo(model)),
      };
    case 'html':
      return { fileName: `${base}.html`, mimeType: 'text/html', bytes: strToU8(renderReportHtml(model, timeZone)) };
    case 'md':
      return {
        fileName: `${base}-adr.zip`,
        mimeType: 'application/zip',
        bytes: zipFiles(renderMadr(model, register), model.generatedAt),
      };
    case 'csv':
      return {
        fileName: `${base}-csv.zip`,
        mimeType: 'application/zip',
        bytes: zipFiles(renderCsv(model), model.generatedAt),
      };
    case 'json':
      return { fileName: `${base}.json`, mimeType: 'application/json', bytes: strToU8(renderJson(model)) };
  }
}
