/** What the renderer keeps between launches: the last board and, per board, the last session. */
export interface Memory {
  board(): string | null;
  setBoard(boardId: string): void;
  session(boardId: string): string | null;
  setSession(boardId: string, sessionId: string): void;
}

const BOARD_KEY = 'boardwalk.lastBoard';
const sessionKey = (boardId: string) => `boardwalk.lastSession.${boardId}`;

export function storageMemory(storage: Pick<Storage, 'getItem' | 'setItem'>): Memory {
  return {
    board: () => storage.getItem(BOARD_KEY),
    setBoard: (boardId) => storage.setItem(BOARD_KEY, boardId),
    session: (boardId) => storage.getItem(sessionKey(boardId)),
    setSession: (boardId, sessionId) => storage.setItem(sessionKey(boardId), sessionId),
  };
}
