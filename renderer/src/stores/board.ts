import { create } from 'zustand';
import type { ApiInput, ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import type { PackProblem } from '../../../shared/board/problems.ts';
import { attempt } from './attempt.ts';
import type { Memory } from './memory.ts';
import { shownError, type ShownError } from './notices.ts';

export type BoardSummary = ApiOutput<'boards.list'>[number];
export type BoardVersion = ApiOutput<'boards.get'>;

export type PackImport =
  { ok: true; board: BoardSummary; stored: boolean } | { ok: false; problems: PackProblem[]; error: ShownError };

export interface BoardState {
  boards: BoardSummary[];
  loaded: boolean;
  current: BoardVersion | null;
  loadBoards: () => Promise<void>;
  /** Shows a board: its newest version, or the version a session was held on. */
  openBoard: (boardId: string, hash?: string) => Promise<void>;
  importPack: (files: ApiInput<'boards.import'>['files']) => Promise<PackImport>;
}

/** The board to show when none is open: the one last shown, else the one a review starts from, else the first. */
export function boardToOpen(boards: readonly BoardSummary[], lastShown: string | null): BoardSummary | undefined {
  return (
    boards.find((board) => board.meta.id === lastShown) ?? boards.find((board) => board.meta.startHere) ?? boards[0]
  );
}

export function createBoardStore(api: BoardwalkApi, memory: Memory) {
  // A board version never changes, so each is fetched once; a request in flight is shared.
  const versions = new Map<string, Promise<BoardVersion>>();
  const fetchVersion = (boardId: string, hash: string | undefined) => {
    const key = hash ?? `newest:${boardId}`;
    let version = versions.get(key);
    if (!version) {
      version = api['boards.get']({ boardId, hash });
      versions.set(key, version);
      version.then(
        (loaded) => versions.set(loaded.hash, version!),
        () => versions.delete(key),
      );
    }
    return version;
  };
  let wanted: string | null = null;

  return create<BoardState>((set, get) => ({
    boards: [],
    loaded: false,
    current: null,
    loadBoards: async () => {
      const boards = await attempt(() => api['boards.list']({}));
      set({ boards: boards ?? get().boards, loaded: true });
      // A new version may have been imported: the newest of each board is asked for again.
      for (const key of [...versions.keys()]) if (key.startsWith('newest:')) versions.delete(key);
      const first = boardToOpen(boards ?? [], memory.board());
      if (!get().current && first) await get().openBoard(first.meta.id);
    },
    openBoard: async (boardId, hash) => {
      const request = `${boardId}@${hash ?? 'newest'}`;
      wanted = request;
      const version = await attempt(() => fetchVersion(boardId, hash));
      // Only the board asked for last is shown, however the answers arrive.
      if (!version || wanted !== request) return;
      memory.setBoard(boardId);
      if (get().current?.hash !== version.hash) set({ current: version });
    },
    importPack: async (files) => {
      try {
        const result = await api['boards.import']({ files });
        await get().loadBoards();
        await get().openBoard(result.board.meta.id);
        return { ok: true, ...result };
      } catch (error) {
        const problems =
          error instanceof ApiError && error.code === 'invalid-pack' ? (error.details as PackProblem[]) : [];
        return { ok: false, problems, error: shownError(error) };
      }
    },
  }));
}

export type BoardStore = ReturnType<typeof createBoardStore>;
