import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/methods.ts';
import { errorBody, type Dispatch } from '../core/index.ts';
import { APP_ENTRY } from './protocol.ts';
import { isAppUrl } from './security.ts';

/** Only the app's own top frame (the main window or the presenter window) may call. */
export function isFromApp(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url, APP_ENTRY));
}

/** The single IPC entry point for the API. */
export function wireApi(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isFromApp(event))
      return { ok: false, error: errorBody('bad-request', 'requestRefused', { detail: 'the caller is not the app' }) };
    if (typeof method !== 'string')
      return { ok: false, error: errorBody('bad-request', 'requestRefused', { detail: 'no method named' }) };
    return dispatch(method, input);
  });
}
