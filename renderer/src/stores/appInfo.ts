import { create } from 'zustand';
import type { ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import { attempt } from './attempt.ts';

export type AppInfo = ApiOutput<'app.info'>;

/** About the running app (version, data folder, what was rescued): read by the settings view and the rescue notice. */
export interface AppInfoState {
  appInfo: AppInfo | null;
  loadAppInfo: () => Promise<void>;
}

export function createAppInfoStore(api: BoardwalkApi) {
  return create<AppInfoState>((set) => ({
    appInfo: null,
    loadAppInfo: async () => {
      const appInfo = await attempt(() => api['app.info']({}));
      if (appInfo) set({ appInfo });
    },
  }));
}

export type AppInfoStore = ReturnType<typeof createAppInfoStore>;
