import { create } from 'zustand';
import type { ApiOutput } from '../../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { useNotices } from './notices.ts';
import { remembered } from './remembered.ts';

type BoardSummary = ApiOutput<'boards.list'>[number];
type BoardVersion = ApiOutput<'boards.get'>;

interface BoardState {
  boards: BoardSummary[];
  loaded: boolean;
  current: BoardVersion | null;
  loadBoards: () => Promise<void>;
  openBoard: (boardId: string, hash?: string) => Promise<void>;
}

export const useBoardStore = create<BoardState>((set, get) => ({
  boards: [],
  loaded: false,
  current: null,
  loadBoards: async () => {
    try {
      const boards = await api['boards.list']({});
      set({ boards, loaded: true });
      const last = boards.find((board) => board.meta.id === remembered.board()) ?? boards[0];
      if (!get().current && last) await get().openBoard(last.meta.id);
    } catch (error) {
      set({ loaded: true });
      useNotices.getState().showError(error);
    }
  },
  openBoard: async (boardId, hash) => {
    try {
      const current = await api['boards.get']({ boardId, hash });
      remembered.setBoard(boardId);
      set({ current });
    } catch (error) {
      useNotices.getState().showError(error);
    }
  },
}));
