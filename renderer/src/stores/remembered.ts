/** What the facilitator had open, so a reload or restart resumes where they left off. */
const BOARD_KEY = 'boardwalk.lastBoard';
const sessionKey = (boardId: string) => `boardwalk.lastSession.${boardId}`;

export const remembered = {
  board: () => localStorage.getItem(BOARD_KEY),
  setBoard: (boardId: string) => localStorage.setItem(BOARD_KEY, boardId),
  session: (boardId: string) => localStorage.getItem(sessionKey(boardId)),
  setSession: (boardId: string, sessionId: string) => localStorage.setItem(sessionKey(boardId), sessionId),
};
