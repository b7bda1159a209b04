import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/api/methods.ts';
import type { Dispatch } from '../core/index.ts';
import { APP_ENTRY } from './protocol.ts';
import { isAppUrl } from './security.ts';

/** The single IPC entry point: only the app's own top frame may call the API. */
export function wireApi(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, APP_ENTRY))
      return { ok: false, error: { code: 'bad-request', message: 'Refused: the caller is not the app' } };
    if (typeof method !== 'string') return { ok: false, error: { code: 'bad-request', message: 'No method named' } };
    return dispatch(method, input);
  });
}
