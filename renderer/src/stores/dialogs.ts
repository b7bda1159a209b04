import { create } from 'zustand';

export type DialogName =
  | 'sessions'
  | 'newSession'
  | 'import'
  | 'sourceNotes'
  | 'audit'
  | 'compare'
  | 'settings'
  | 'decisionTree'
  | 'traceability'
  | 'shortcuts'
  | 'plan'
  | 'room'
  | 'decisionLog';

/** Which of the app's dialogs is open: one at a time, opened by buttons and by commands alike. */
export const useDialogs = create<{ open: DialogName | null; show: (dialog: DialogName) => void; close: () => void }>(
  (set) => ({
    open: null,
    show: (open) => set({ open }),
    close: () => set({ open: null }),
  }),
);
