import { contextBridge, ipcRenderer } from 'electron';
import type { BoardwalkTransport } from '../../shared/api/contract.ts';
import { API_METHODS, IPC_CHANNEL } from '../../shared/api/methods.ts';

// One named function per API method, each a single invoke; the raw ipcRenderer never reaches the page.
const transport = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)]),
) as BoardwalkTransport;

contextBridge.exposeInMainWorld('boardwalk', transport satisfies BoardwalkTransport);
