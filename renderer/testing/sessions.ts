import type { Session } from '../../shared/session/schema.ts';

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
