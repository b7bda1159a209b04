import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { NetworkAddress, RoomStatus, VoteMode } from '../../../shared/room.ts';
import { attempt } from './attempt.ts';
import type { OutcomeStore } from './outcomes.ts';
import type { SessionStore } from './sessions.ts';

/** How often an open room's status is asked for: "3 of 3 voted" keeps up within a second. */
export const ROOM_POLL_MS = 500;

export interface RoomState {
  status: RoomStatus | null;
  addresses: NetworkAddress[];
  /** How the session's room voted last time it was open: offered again. */
  lastMode: VoteMode;
  loadAddresses: (sessionId: string) => Promise<void>;
  refresh: () => Promise<void>;
  open: (sessionId: string, address: string, mode: VoteMode) => Promise<boolean>;
  close: () => Promise<void>;
  openVoting: (itemId: string) => Promise<void>;
  closeVoting: () => Promise<void>;
  reveal: () => Promise<void>;
  remove: (participantId: string) => Promise<void>;
  /** Keeps the status fresh until the returned function is called. */
  watch: () => () => void;
}

/**
 * The room's named votes are stored like keyed-in ones: after a round the facilitator's screen
 * reads the session's outcomes and participants again, so its own tally and vote fields agree.
 */
async function takeInRoomVotes(api: BoardwalkApi, sessions: SessionStore, outcomes: OutcomeStore): Promise<void> {
  const current = sessions.getState().current;
  if (!current) return;
  const loaded = await attempt(() =>
    Promise.all([api['sessions.get']({ sessionId: current.id }), api['outcomes.list']({ sessionId: current.id })]),
  );
  if (!loaded || sessions.getState().current?.id !== current.id) return;
  const [session, list] = loaded;
  outcomes.getState().takeIn(session.id, list);
  sessions.setState({ current: session });
}

/** Statuses are plain JSON from the back end: equal text means nothing to redraw. */
function sameStatus(shown: RoomStatus | null, polled: RoomStatus): boolean {
  return shown !== null && JSON.stringify(shown) === JSON.stringify(polled);
}

export function createRoomStore(api: BoardwalkApi, sessions: SessionStore, outcomes: OutcomeStore) {
  let watchers = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  return create<RoomState>((set, get) => {
    const apply = async (work: () => Promise<RoomStatus>) => {
      const status = await attempt(work);
      if (status) set({ status });
      return status !== undefined;
    };
    return {
      status: null,
      addresses: [],
      lastMode: 'named',
      loadAddresses: async (sessionId) => {
        const loaded = await attempt(() => Promise.all([api['room.addresses']({}), api['room.counts']({ sessionId })]));
        if (loaded) set({ addresses: loaded[0], lastMode: loaded[1].mode });
      },
      refresh: async () => {
        // A failed poll is not worth a message each half second; the next one tries again.
        const status = await api['room.status']({}).catch(() => undefined);
        // The same reply twice a second would redraw the panel for nothing while the room is quiet.
        if (status && !sameStatus(get().status, status)) set({ status });
      },
      open: (sessionId, address, mode) => apply(() => api['room.open']({ sessionId, address, mode })),
      close: async () => void (await apply(() => api['room.close']({}))),
      openVoting: async (itemId) => void (await apply(() => api['room.openVoting']({ itemId }))),
      closeVoting: async () => {
        if (await apply(() => api['room.closeVoting']({}))) await takeInRoomVotes(api, sessions, outcomes);
      },
      reveal: async () => {
        if (await apply(() => api['room.reveal']({}))) await takeInRoomVotes(api, sessions, outcomes);
      },
      remove: async (participantId) => void (await apply(() => api['room.remove']({ participantId }))),
      // One poll however many views watch: the facilitator's panel and dialog share it.
      watch: () => {
        watchers += 1;
        if (watchers === 1) {
          void get().refresh();
          timer = setInterval(() => void get().refresh(), ROOM_POLL_MS);
        }
        return () => {
          watchers -= 1;
          if (watchers === 0) clearInterval(timer);
        };
      },
    };
  });
}
