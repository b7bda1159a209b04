import { contextBridge, ipcRenderer } from 'electron';
import type { BoardwalkTransport } from '../../shared/api/contract.ts';
import type { PresenterState } from '../../shared/live.ts';
import { MENU_COMMANDS, type BoardwalkShell, type MenuCommand } from '../../shared/shell.ts';
import {
  API_METHODS,
  COMMAND_CHANNEL,
  EXPORT_INTO_FOLDER_CHANNEL,
  IPC_CHANNEL,
  SAVE_REPORT_CHANNEL,
  LANGUAGE_CHANNEL,
  LIVE_CHANNEL,
  OPEN_PRESENTER_CHANNEL,
} from '../../shared/api/methods.ts';

// One named function per API method, each a single invoke; the raw ipcRenderer never reaches the page.
const transport = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)]),
) as BoardwalkTransport;

contextBridge.exposeInMainWorld('boardwalk', transport satisfies BoardwalkTransport);

// The presenter window (one call to open it, one feed to follow), writing into a folder, and the page's language; the page never sees the event object.
const shell: BoardwalkShell = {
  openPresenter: async () => {
    await ipcRenderer.invoke(OPEN_PRESENTER_CHANNEL);
  },
  followLive: (listener) => {
    const deliver = (_event: unknown, state: PresenterState) => listener(state);
    ipcRenderer.on(LIVE_CHANNEL, deliver);
    return () => void ipcRenderer.removeListener(LIVE_CHANNEL, deliver);
  },
  exportIntoFolder: (input) => ipcRenderer.invoke(EXPORT_INTO_FOLDER_CHANNEL, input),
  saveReport: (input) => ipcRenderer.invoke(SAVE_REPORT_CHANNEL, input),
  setLanguage: (language) => ipcRenderer.send(LANGUAGE_CHANNEL, language),
  onMenuCommand: (listener) => {
    const deliver = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(COMMAND_CHANNEL, deliver);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, deliver);
  },
};
contextBridge.exposeInMainWorld('boardwalkShell', shell);
