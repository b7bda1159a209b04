import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { SaveSetting, SessionSettings } from '../../../shared/session/settings.ts';
import { attempt } from './attempt.ts';
import type { SessionStore } from './sessions.ts';

export interface SessionSettingsState {
  /** How the current session is run: its agenda, plan, decision-tree context, export options. */
  settings: SessionSettings;
  /** Saves one setting of the current session; shown at once, and put back as stored if saving fails. */
  saveSetting: (setting: SaveSetting) => Promise<boolean>;
}

/** The settings of the session on screen: the one copy that the agenda, the plan and the export read. */
export function createSessionSettingsStore(api: BoardwalkApi, sessions: SessionStore) {
  const store = create<SessionSettingsState>((set, get) => {
    const isCurrent = (sessionId: string) => sessions.getState().current?.id === sessionId;
    return {
      settings: {},
      saveSetting: async (setting) => {
        const session = sessions.getState().current;
        if (!session || session.closedAt) return false;
        set({ settings: { ...get().settings, [setting.key]: setting.value } });
        const stored = await attempt(() => api['sessions.saveSetting']({ sessionId: session.id, setting }));
        if (!isCurrent(session.id)) return stored !== undefined;
        if (stored) set({ settings: stored });
        else {
          const again = await attempt(() => api['sessions.settings']({ sessionId: session.id }));
          if (again && isCurrent(session.id)) set({ settings: again });
        }
        return stored !== undefined;
      },
    };
  });

  sessions.getState().addPart({
    load: async (sessionId) => {
      const settings = await api['sessions.settings']({ sessionId });
      return () => store.setState({ settings });
    },
    clear: () => store.setState({ settings: {} }),
  });

  return store;
}

export type SessionSettingsStore = ReturnType<typeof createSessionSettingsStore>;
