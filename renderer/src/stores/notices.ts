import { create } from 'zustand';

interface NoticeState {
  error: string | null;
  status: string | null;
  showError: (error: unknown) => void;
  showStatus: (status: string) => void;
  dismiss: () => void;
}

export const useNotices = create<NoticeState>((set) => ({
  error: null,
  status: null,
  showError: (error) => set({ error: error instanceof Error ? error.message : String(error) }),
  showStatus: (status) => set({ status }),
  dismiss: () => set({ error: null }),
}));
