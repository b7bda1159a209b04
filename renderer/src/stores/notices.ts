import { create } from 'zustand';

interface NoticeState {
  error: string | null;
  status: string | null;
  /**
   * The app behind this tab was restarted (the host no longer knows this tab's token): nothing
   * more can be done here until the app is opened again with the new address.
   */
  restarted: boolean;
  showError: (error: unknown) => void;
  showStatus: (status: string) => void;
  dismiss: () => void;
  markRestarted: () => void;
}

export const useNotices = create<NoticeState>((set) => ({
  error: null,
  status: null,
  restarted: false,
  showError: (error) => set({ error: error instanceof Error ? error.message : String(error) }),
  showStatus: (status) => set({ status }),
  dismiss: () => set({ error: null }),
  markRestarted: () => set({ restarted: true, error: null }),
}));
