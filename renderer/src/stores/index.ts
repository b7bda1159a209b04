import type { MenuCommand } from '../../../shared/shell.ts';
import { createBrowserApi, createBrowserShell } from '../api/client.ts';
import { computeLayout, LAYOUT_VERSION } from '../graph/layoutClient.ts';
import { createAgendaWalkStore } from './agendaWalk.ts';
import { createBoardStore } from './board.ts';
import { createGraphViewStore } from './graphView.ts';
import { createExportStore } from './exports.ts';
import { createAppInfoStore } from './appInfo.ts';
import { createAuditTrailStore } from './auditTrail.ts';
import { createComparisonStore } from './comparison.ts';
import { createPresenterLinkStore } from './presenterLink.ts';
import { createPresenterDataStore } from './presenterData.ts';
import { createRoomStore } from './room.ts';
import { storageMemory } from './memory.ts';
import { createRegisterStore } from './register.ts';
import { createOutcomeStore } from './outcomes.ts';
import { createSessionSettingsStore } from './sessionSettings.ts';
import { createSessionStore } from './sessions.ts';
import { createTimerStore } from './timer.ts';
import { installSelectItem, useWalkthrough } from './walkthrough.ts';
import { usePreferences } from './preferences.ts';
import { createDraftStore } from './drafts.ts';
import { createPlanStore } from './plan.ts';
import { createSelectItem } from '../commands/selectItem.ts';
import { tellShellTheLanguage } from './shellLanguage.ts';
import { isPresenterPage } from '../presenterPage.ts';

// The app's stores, wired to the real back end; tests build their own with `create…Store`.
const api = createBrowserApi();
const memory = storageMemory(localStorage);
const shell = createBrowserShell();

export const useBoardStore = createBoardStore(api, memory);
export const useSessionStore = createSessionStore(api, memory, useBoardStore);
export const useOutcomes = createOutcomeStore(api, useSessionStore);
export const useSessionSettings = createSessionSettingsStore(api, useSessionStore);
export const useAuditTrail = createAuditTrailStore(api);
export const useComparison = createComparisonStore(api);
export const useAppInfo = createAppInfoStore(api);
export const useGraphView = createGraphViewStore(api, computeLayout, LAYOUT_VERSION);
export const useExportStore = createExportStore(api, useSessionStore, useSessionSettings, shell);
export const useTimer = createTimerStore(
  useSessionStore,
  useOutcomes,
  useWalkthrough,
  Date.now,
  async (sessionId, timer) => {
    // Where the clock is kept matters less than the time booked: a failure here is not shown.
    await api['drafts.setTimer']({ sessionId, timer }).catch(() => undefined);
  },
);
export const useDrafts = createDraftStore(api, useSessionStore, useOutcomes, (sessionId, timer) =>
  useTimer.getState().restore(sessionId, timer),
);
const sessionStores = {
  boards: useBoardStore,
  sessions: useSessionStore,
  outcomes: useOutcomes,
  sessionSettings: useSessionSettings,
};
export const usePlan = createPlanStore(sessionStores);
// Whatever saves the session's unsaved work (another session, closing, undo, export) keeps the drafts too.
useSessionStore.getState().addFlusher(() => useDrafts.getState().flush());
const selectItem = createSelectItem({
  walkthrough: useWalkthrough,
  sessions: useSessionStore,
  outcomes: useOutcomes,
  sessionSettings: useSessionSettings,
  drafts: useDrafts,
  timer: useTimer,
});
installSelectItem((itemId) => void selectItem(itemId));
/** The desktop menu's commands for the page to run; none in a browser. Returns how to stop. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return shell.onMenuCommand?.(listener) ?? (() => {});
}
// Leaving the page keeps what was typed in the last 300 ms too, as far as the page still can.
window.addEventListener('pagehide', () => void useDrafts.getState().flush());
export const useAgendaWalk = createAgendaWalkStore({ ...sessionStores, walkthrough: useWalkthrough });
export const usePresenterLink = createPresenterLinkStore(api, shell);
export const usePresenterData = createPresenterDataStore(api);
if (isPresenterPage()) void usePresenterData.getState().checkKey();
export const useRoom = createRoomStore(api, useSessionStore, useOutcomes);
export const useRegisterStore = createRegisterStore(api);

// The desktop's own menu and dialogs speak the language chosen on the app's page; the presenter page only follows it.
if (!isPresenterPage()) tellShellTheLanguage(shell, usePreferences);
export { shownError, useNotices, type ShownError } from './notices.ts';
export { useWalkthrough } from './walkthrough.ts';
export { usePreferences } from './preferences.ts';
export { useDialogs, type DialogName } from './dialogs.ts';
