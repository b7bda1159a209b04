import type { BoardwalkApi } from '../../shared/api/contract.ts';
import { fakeBackend, memoryInTests } from './fakeBackend.ts';
import type { Session } from '../../shared/session/schema.ts';
import { createBoardStore, type BoardStore } from '../src/stores/board.ts';
import type { Memory } from '../src/stores/memory.ts';
import { useNotices } from '../src/stores/notices.ts';
import { createOutcomeStore } from '../src/stores/outcomes.ts';
import { createSessionSettingsStore } from '../src/stores/sessionSettings.ts';
import { createSessionStore } from '../src/stores/sessions.ts';

/** A session on the fake backend's board as the stores' tests need one; `extra` sets what a test is about. */
export function testSession(id: string, extra: Partial<Session> = {}): Session {
  return {
    id,
    boardId: 'board',
    boardHash: 'hash-1',
    title: `Session ${id}`,
    date: '2026-12-01',
    facilitator: 'Anouk',
    participants: [],
    language: 'nl',
    createdAt: '2026-12-01T10:00:00.000Z',
    closedAt: null,
    deletedAt: null,
    previousSessionId: null,
    lastItemId: null,
    summary: '',
    ...extra,
  };
}

/** The session stores as the app wires them: opening a session reads its outcomes and settings too. */
export function sessionStores(api: BoardwalkApi, memory: Memory, boards: BoardStore) {
  const sessions = createSessionStore(api, memory, boards);
  return {
    sessions,
    outcomes: createOutcomeStore(api, sessions),
    sessionSettings: createSessionSettingsStore(api, sessions),
  };
}

/**
 * A fresh fake backend, its board current, the session stores wired to it and no notice showing:
 * where every store test starts.
 */
export function storesOnFakeBackend() {
  const backend = fakeBackend();
  const memory = memoryInTests();
  const boards = createBoardStore(backend.api, memory);
  boards.setState({ current: { hash: 'hash-1', board: { meta: { id: 'board' } }, warnings: [] } as never });
  useNotices.setState({ error: null, status: null });
  return { backend, memory, boards, stores: sessionStores(backend.api, memory, boards) };
}
