import { createBrowserApi } from '../api/client.ts';
import { computeLayout, LAYOUT_VERSION } from '../graph/layoutClient.ts';
import { createBoardStore } from './board.ts';
import { createGraphViewStore } from './graphView.ts';
import { createExportStore } from './exports.ts';
import { createHistoryStore } from './history.ts';
import { storageMemory } from './memory.ts';
import { createSessionStore } from './session.ts';

// The app's stores, wired to the real back end; tests build their own with `create…Store`.
const api = createBrowserApi();
const memory = storageMemory(localStorage);

export const useBoardStore = createBoardStore(api, memory);
export const useSessionStore = createSessionStore(api, memory, useBoardStore);
export const useHistoryStore = createHistoryStore(api);
export const useGraphView = createGraphViewStore(api, computeLayout, LAYOUT_VERSION);
export const useExportStore = createExportStore(api, useSessionStore);
export { useNotices } from './notices.ts';
export { useWalkthrough } from './walkthrough.ts';
export { usePreferences } from './preferences.ts';
export type { OutcomeDraft } from './session.ts';
