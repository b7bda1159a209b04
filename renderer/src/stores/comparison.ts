import { create } from 'zustand';
import type { ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import { latestOnly } from './attempt.ts';

export type Comparison = ApiOutput<'sessions.compare'>;

/** The comparison of two sessions the compare view shows: always the answer to the question asked last. */
export interface ComparisonState {
  comparison: Comparison | null;
  compare: (earlierSessionId: string, laterSessionId: string) => Promise<void>;
  clearComparison: () => void;
}

export function createComparisonStore(api: BoardwalkApi) {
  const latestComparison = latestOnly();
  return create<ComparisonState>((set) => ({
    comparison: null,
    compare: async (earlierSessionId, laterSessionId) => {
      const answer = await latestComparison(() => api['sessions.compare']({ earlierSessionId, laterSessionId }));
      if (answer.current) set({ comparison: answer.ok ? answer.value : null });
    },
    // A comparison that no longer matches the chosen sessions is dropped, and late answers with it.
    clearComparison: () => {
      void latestComparison(async () => null);
      set({ comparison: null });
    },
  }));
}

export type ComparisonStore = ReturnType<typeof createComparisonStore>;
