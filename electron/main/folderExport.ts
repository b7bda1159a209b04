import { BrowserWindow, dialog, ipcMain } from 'electron';
import { EXPORT_INTO_FOLDER_CHANNEL } from '../../shared/api/methods.ts';
import { errorBody, exportReportIntoFolder, type Dispatch } from '../core/index.ts';
import { folderQuestion } from './desktopText.ts';
import { isFromApp } from './ipc.ts';
import { desktopT } from './language.ts';

/** "Write into a folder": the folder dialog is the shell's; exporting and writing are the core's. */
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
    return exportReportIntoFolder(dispatch, input, folder);
  });
}
