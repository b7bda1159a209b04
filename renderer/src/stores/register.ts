import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { RegisterEntry } from '../../../shared/session/register.ts';
import type { Language } from '../../../shared/text.ts';
import { attempt } from './attempt.ts';

export interface RegisterState {
  boardId: string | null;
  entries: RegisterEntry[];
  load: (boardId: string) => Promise<void>;
  /** The review dates as an .ics file, to save. */
  calendar: (
    boardId: string,
    language: Language,
  ) => Promise<{ fileName: string; mimeType: string; base64: string } | undefined>;
}

/** A board's decision register, read when the log opens. */
export function createRegisterStore(api: BoardwalkApi) {
  return create<RegisterState>((set) => ({
    boardId: null,
    entries: [],
    load: async (boardId) => {
      const entries = await attempt(() => api['register.list']({ boardId }));
      if (entries) set({ boardId, entries });
    },
    calendar: (boardId, language) => attempt(() => api['register.ics']({ boardId, language })),
  }));
}
