import { create } from 'zustand';
import { ApiError, type ErrorParams, type ErrorReason } from '../../../shared/api/errors.ts';

/**
 * A failure as kept until it is shown: the back end's reason and its params, translated only when
 * shown (so a switch of language changes it too), and its English message where there is no reason.
 */
export interface ShownError {
  reason?: ErrorReason;
  params?: ErrorParams;
  message: string;
}

export function shownError(error: unknown): ShownError {
  if (error instanceof ApiError) return { reason: error.reason, params: error.params, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

interface NoticeState {
  error: ShownError | null;
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
  showError: (error) => set({ error: shownError(error) }),
  showStatus: (status) => set({ status }),
  dismiss: () => set({ error: null }),
  markRestarted: () => set({ restarted: true, error: null }),
}));
