import { join } from 'node:path';
import { apiContract, type ApiInput } from '../../shared/api/contract.ts';
import type { Session } from '../../shared/session/schema.ts';
import { openStoreReadOnly } from './db/index.ts';
import { ServiceError } from './errors.ts';
import { buildReportModel } from './reports/build.ts';
import type { PdfRenderer, RenderedReport } from './reports/render.ts';
import { registerEntries } from './services/register.ts';
import { madrRecordsOf, renderReportFile, reportInputOf } from './services/reports.ts';

export interface ReportReader {
  /** The sessions not in the trash, newest first. */
  sessions(): Session[];
  /** A report as `reports.export` makes it, as bytes. */
  export(input: ApiInput<'reports.export'>): Promise<RenderedReport>;
  close(): void;
}

/**
 * Reports from a data folder without taking it over: the database opened read-only, no lock, so it
 * works while the app or the host has the folder open. Each report is read in one snapshot; its
 * MADR records follow the board's decision register, as the app's do.
 */
export function openReportReader(dataDir: string, renderPdf: PdfRenderer): ReportReader {
  const store = openStoreReadOnly(join(dataDir, 'boardwalk.db'));
  const madrRecords = madrRecordsOf(store, { entries: (boardId) => registerEntries(store, boardId) });
  return {
    sessions: () => store.snapshot(() => store.sessions.list()),
    async export(raw) {
      const parsed = apiContract['reports.export'].input.safeParse(raw);
      if (!parsed.success)
        throw new ServiceError('bad-request', 'invalidInput', {
          detail: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
        });
      const { model, records } = store.snapshot(() => {
        const report = reportInputOf(store, parsed.data);
        return {
          model: buildReportModel(report),
          records: parsed.data.format === 'md' ? madrRecords(report) : undefined,
        };
      });
      return renderReportFile(model, parsed.data, renderPdf, records);
    },
    close: () => store.close(),
  };
}
