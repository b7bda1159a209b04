import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomStatus } from '../../../shared/room.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { sessionStores, testSession } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { createRoomStore, ROOM_POLL_MS } from './room.ts';

let backend: ReturnType<typeof fakeBackend>;

function status(extra: Partial<RoomStatus['voting']> = {}): RoomStatus {
  return {
    open: true,
    sessionId: 's1',
    mode: 'named',
    code: '123456',
    joinUrl: 'http://127.0.0.1:40000/',
    qr: null,
    participants: [],
    voting: { itemId: 'i1', phase: 'revealed', voted: 1, of: 1, voters: ['Cees'], tally: { a: 1 }, ...extra },
  };
}

function stores() {
  const boards = createBoardStore(backend.api, memoryInTests());
  const { sessions, outcomes } = sessionStores(backend.api, memoryInTests(), boards);
  sessions.setState({ current: testSession('s1', { participants: ['Bram'] }) });
  return { sessions, outcomes, room: createRoomStore(backend.api, sessions, outcomes) };
}

beforeEach(() => {
  backend = fakeBackend();
});

describe('the room on the facilitator screen', () => {
  it('takes in the named votes of the room after the reveal: the new participant and their vote', async () => {
    const { sessions, outcomes, room } = stores();
    const revealing = room.getState().reveal();
    await backend.answer('room.reveal', status());
    await backend.answer('sessions.get', testSession('s1', { participants: ['Bram', 'Cees'] }));
    const outcome = { sessionId: 's1', itemId: 'i1', votes: { Cees: 'a' } };
    await backend.answer('outcomes.list', [outcome]);
    await revealing;
    expect(room.getState().status?.voting.tally).toEqual({ a: 1 });
    expect(sessions.getState().current?.participants).toEqual(['Bram', 'Cees']);
    expect(outcomes.getState().outcomes.i1?.votes).toEqual({ Cees: 'a' });
  });

  it('asks for the status once per interval however many views watch it, and stops when none does', async () => {
    vi.useFakeTimers();
    try {
      const { room } = stores();
      const stopPanel = room.getState().watch();
      const stopDialog = room.getState().watch();
      expect(await backend.count('room.status')).toBe(1);
      await backend.answer('room.status', status());
      await vi.advanceTimersByTimeAsync(ROOM_POLL_MS);
      expect(await backend.count('room.status')).toBe(1);
      await backend.answer('room.status', status({ voted: 2 }));
      expect(room.getState().status?.voting.voted).toBe(2);
      // A quiet room: the same reply again leaves the shown status as it was, so nothing redraws.
      const shown = room.getState().status;
      await vi.advanceTimersByTimeAsync(ROOM_POLL_MS);
      await backend.answer('room.status', status({ voted: 2 }));
      expect(room.getState().status).toBe(shown);
      await vi.advanceTimersByTimeAsync(ROOM_POLL_MS);
      await backend.answer('room.status', status({ voted: 3 }));
      expect(room.getState().status?.voting.voted).toBe(3);
      stopPanel();
      stopDialog();
      await vi.advanceTimersByTimeAsync(ROOM_POLL_MS * 4);
      expect(await backend.count('room.status')).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
