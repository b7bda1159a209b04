import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { SAVE_REPORT_CHANNEL } from '../../shared/api/methods.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { SavedReport } from '../../shared/shell.ts';
import { errorBody, type ReportFileExport } from '../core/index.ts';
import { isFromApp } from './ipc.ts';

function writeFailure(path: string, error: unknown): ApiResult<SavedReport> {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  return {
    ok: false,
    error:
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? errorBody('read-only', 'folderNotWritableDenied', { folder }, { path })
        : errorBody('internal', 'folderNotWritable', { folder, detail: (error as Error).message }, { path }),
  };
}

/** "Export": the core makes the report, the user picks where it goes, and it is written there as bytes. */
export function wireReportSave(reportFile: ReportFileExport): void {
  ipcMain.handle(SAVE_REPORT_CHANNEL, async (event, input: unknown): Promise<ApiResult<SavedReport> | null> => {
    if (!isFromApp(event))
      return { ok: false, error: errorBody('bad-request', 'requestRefused', { detail: 'the caller is not the app' }) };
    const report = await reportFile(input);
    if (!report.ok) return report;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: report.value.fileName } satisfies Electron.SaveDialogOptions;
    const picked = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return null;
    try {
      writeFileSync(picked.filePath, report.value.bytes);
    } catch (error) {
      return writeFailure(picked.filePath, error);
    }
    return { ok: true, value: { fileName: basename(picked.filePath), path: picked.filePath } };
  });
}
