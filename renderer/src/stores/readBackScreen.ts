import { create } from 'zustand';

/** Whether the facilitator has the meeting's read-back open, and whether the room's screen shows it too. */
export interface ReadBackScreenState {
  open: boolean;
  onProjector: boolean;
  show: () => void;
  close: () => void;
  setOnProjector: (onProjector: boolean) => void;
}

export const useReadBackScreen = create<ReadBackScreenState>((set) => ({
  open: false,
  onProjector: false,
  show: () => set({ open: true, onProjector: true }),
  close: () => set({ open: false, onProjector: false }),
  setOnProjector: (onProjector) => set({ onProjector }),
}));
