import { join } from 'node:path';
import { apiContract, type ApiInput } from '../../shared/api/contract.ts';
import type { Session } from '../../shared/session/schema.ts';
import { openStoreReadOnly } from './db/index.ts';
import { ServiceError } from './errors.ts';
import type { PdfRenderer, RenderedReport } from './reports/render.ts';
import { renderReportFile, reportModelOf } from './services/reports.ts';

export interface ReportReader {
  /** The sessions not in the trash, newest first. */
  sessions(): Session[];
  /** A report as `reports.export` makes it, as bytes. */
  export(input: ApiInput<'reports.export'>): Promise<RenderedReport>;
  close(): void;
}

/**
 * Reports from a data folder without taking it over: the database opened read-only, no lock, so it
 * works while the app or the host has the folder open. Each report is read in one snapshot.
 */
export function openReportReader(dataDir: string, renderPdf: PdfRenderer): ReportReader {
  const store = openStoreReadOnly(join(dataDir, 'boardwalk.db'));
  return {
    sessions: () => store.snapshot(() => store.sessions.list()),
    async export(raw) {
      const parsed = apiContract['reports.export'].input.safeParse(raw);
      if (!parsed.success)
        throw new ServiceError('bad-request', 'invalidInput', {
          detail: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
        });
      const model = store.snapshot(() => reportModelOf(store, parsed.data));
      return renderReportFile(model, parsed.data, renderPdf);
    },
    close: () => store.close(),
  };
}
