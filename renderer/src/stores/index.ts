import { createBrowserApi, createBrowserShell } from '../api/client.ts';
import { computeLayout, LAYOUT_VERSION } from '../graph/layoutClient.ts';
import { createAgendaStore } from './agenda.ts';
import { createBoardStore } from './board.ts';
import { createGraphViewStore } from './graphView.ts';
import { createExportStore } from './exports.ts';
import { createHistoryStore } from './history.ts';
import { createLiveStore } from './live.ts';
import { storageMemory } from './memory.ts';
import { createRegisterStore } from './register.ts';
import { createSessionStore } from './session.ts';
import { createTimerStore } from './timer.ts';
import { useWalkthrough } from './walkthrough.ts';
import { usePreferences } from './preferences.ts';
import { tellShellTheLanguage } from './shellLanguage.ts';
import { isPresenterPage } from '../presenterPage.ts';

// The app's stores, wired to the real back end; tests build their own with `create…Store`.
const api = createBrowserApi();
const memory = storageMemory(localStorage);
const shell = createBrowserShell();

export const useBoardStore = createBoardStore(api, memory);
export const useSessionStore = createSessionStore(api, memory, useBoardStore);
export const useHistoryStore = createHistoryStore(api);
export const useGraphView = createGraphViewStore(api, computeLayout, LAYOUT_VERSION);
export const useExportStore = createExportStore(api, useSessionStore, shell);
export const useTimer = createTimerStore(useSessionStore, useWalkthrough);
export const useAgendaStore = createAgendaStore(useBoardStore, useSessionStore, useWalkthrough);
export const useLive = createLiveStore(api, shell);
export const useRegisterStore = createRegisterStore(api);

// The desktop's own menu and dialogs speak the language chosen on the app's page; the presenter page only follows it.
if (!isPresenterPage()) tellShellTheLanguage(shell, usePreferences);
export { shownError, useNotices, type ShownError } from './notices.ts';
export { useWalkthrough } from './walkthrough.ts';
export { usePreferences } from './preferences.ts';
export type { OutcomeDraft } from './session.ts';
