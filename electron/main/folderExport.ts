import { BrowserWindow, dialog, ipcMain } from 'electron';
import { EXPORT_INTO_FOLDER_CHANNEL } from '../../shared/api/methods.ts';
import type { ApiOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { writeExportIntoFolder } from '../adapters/reportFolder.ts';
import { errorBody, type Dispatch } from '../core/index.ts';
import { folderQuestion } from './desktopText.ts';
import { isFromApp } from './ipc.ts';
import { desktopT } from './language.ts';

/** "Write into a folder": the folder dialog is the shell's; the export is the core's, writing it into the folder the adapters'. */
export function wireFolderExport(dispatch: Dispatch): void {
  ipcMain.handle(EXPORT_INTO_FOLDER_CHANNEL, async (event, input: unknown) => {
    if (!isFromApp(event))
      return { ok: false, error: errorBody('bad-request', 'requestRefused', { detail: 'the caller is not the app' }) };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = {
      ...folderQuestion(desktopT()),
      properties: ['openDirectory', 'createDirectory'],
    } satisfies Electron.OpenDialogOptions;
    const picked = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const folder = picked.filePaths[0];
    if (picked.canceled || !folder) return null;
    const exported = await dispatch('reports.export', input);
    return writeExportIntoFolder(exported as ApiResult<ApiOutput<'reports.export'>>, folder);
  });
}
