import { randomBytes, randomInt } from 'node:crypto';
import { encode } from 'uqr';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Item } from '../../../shared/board/schema.ts';
import type { PresenterState } from '../../../shared/live.ts';
import {
  ABSTAIN,
  ANONYMOUS_ACTOR,
  MAX_ROOM_PARTICIPANTS,
  type NetworkAddress,
  type ParticipantView,
  type RoomRefusal,
  type RoomStatus,
  type VoteCounts,
  type VoteMode,
  type VotingPhase,
} from '../../../shared/room.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { LiveChannel } from '../presenterChannel.ts';
import type { HandlerGroup } from '../handlers.ts';
import { createGroupCommit } from './groupCommit.ts';
import type { Recorder } from './recorder.ts';
import type { SessionService } from './sessions.ts';

/** A participant's request the room refuses; the listener answers it with the reason, never a stack. */
export class RoomRefusalError extends Error {
  readonly reason: RoomRefusal;
  constructor(reason: RoomRefusal) {
    super(reason);
    this.name = 'RoomRefusalError';
    this.reason = reason;
  }
}

/** Called with the participant's view after every change; `ended` once the room closed or they were removed. */
export type ParticipantListener = (view: ParticipantView, ended: boolean) => void;

/** What the participant listener may do with the core: these five, nothing of the facilitator's API. */
export interface RoomParticipants {
  join(code: string, name: string): { credential: string; view: ParticipantView };
  view(credential: string): ParticipantView;
  /** Resolves once the vote is durable. */
  vote(credential: string, choice: string): Promise<ParticipantView>;
  leave(credential: string): void;
  follow(credential: string, listener: ParticipantListener): () => void;
}

/** The shell's side of the room (electron/adapters/room): the laptop's addresses and the second listener. */
export interface RoomListenerAdapter {
  addresses(): NetworkAddress[];
  start(options: { address: string; port: number; participants: RoomParticipants }): Promise<{ port: number }>;
  stop(): Promise<void>;
}

interface Participant {
  id: string;
  name: string;
  listeners: Set<ParticipantListener>;
}

interface OpenRoom {
  sessionId: string;
  /** The session's board version, fixed for its life: the items participants see come from it. */
  boardHash: string;
  mode: VoteMode;
  code: string;
  joinUrl: string;
  qr: { size: number; path: string };
  byCredential: Map<string, Participant>;
  itemId: string | null;
  voting: { itemId: string | null; phase: VotingPhase; ballots: Map<string, string> };
}

const CODE_ALPHABET = '0123456789';
const CODE_LENGTH = 6;

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The QR code's dark modules as one SVG path, one unit square each. */
export function qrPath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const squares: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && squares.push(`M${x} ${y}h1v1h-1z`)));
  return { size, path: squares.join('') };
}

function sameCode(given: string, code: string): boolean {
  return given.replace(/\s/g, '') === code;
}

function countChoices(votes: Iterable<string>, into: VoteCounts = {}): VoteCounts {
  for (const choice of votes) into[choice] = (into[choice] ?? 0) + 1;
  return into;
}

export function roomService(
  store: Store,
  sessions: SessionService,
  record: Recorder,
  live: Pick<LiveChannel, 'subscribe' | 'current'>,
  castNamedVote: (input: ApiParsedInput<'outcomes.vote'>) => unknown,
  listener: RoomListenerAdapter | undefined,
) {
  let room: OpenRoom | null = null;
  const commitTogether = createGroupCommit((work) => store.transaction(work));
  let busy = false;
  const itemCache = new Map<string, ReadonlyMap<string, Item>>();

  function itemsOf(boardHash: string): ReadonlyMap<string, Item> {
    const cached = itemCache.get(boardHash);
    if (cached) return cached;
    const version = store.boardVersions.get(boardHash);
    const items = version ? indexBoard(version.board).itemById : new Map<string, Item>();
    itemCache.set(boardHash, items);
    return items;
  }

  function openRoom(): OpenRoom {
    if (!room) throw new ServiceError('conflict', 'roomNotOpen');
    return room;
  }

  /** The item's votes as one tally: named and keyed-in from the outcome, anonymous from the counts. */
  function tallyOf(open: OpenRoom, itemId: string): VoteCounts {
    const outcome = store.outcomes.get(open.sessionId, itemId);
    return countChoices(Object.values(outcome?.votes ?? {}), { ...store.roomVotes.counts(open.sessionId, itemId) });
  }

  function votingOn(open: OpenRoom, itemId: string | null): boolean {
    return itemId !== null && open.voting.itemId === itemId;
  }

  function itemView(open: OpenRoom): ParticipantView['item'] {
    const item = open.itemId ? itemsOf(open.boardHash).get(open.itemId) : undefined;
    if (!item) return null;
    return {
      id: item.id,
      title: item.title,
      summary: item.summary ?? null,
      options: item.options.map((option) => ({ id: option.id, label: option.label, recommended: option.recommended })),
      recommendation: item.recommendation ?? null,
    };
  }

  function viewFor(open: OpenRoom, participant: Participant, item = itemView(open)): ParticipantView {
    const current = votingOn(open, item?.id ?? null);
    const phase = current ? open.voting.phase : 'none';
    return {
      room: 'open',
      name: participant.name,
      item,
      voting: {
        phase,
        myChoice: current ? (open.voting.ballots.get(participant.id) ?? null) : null,
        tally: phase === 'revealed' && item ? tallyOf(open, item.id) : null,
      },
    };
  }

  function endedView(participant: Participant, how: 'closed' | 'removed'): ParticipantView {
    return { room: how, name: participant.name, item: null, voting: { phase: 'none', myChoice: null, tally: null } };
  }

  /** Every participant's page follows: one view each, computed once per change. */
  function notify(): void {
    if (!room) return;
    const item = itemView(room);
    for (const participant of room.byCredential.values()) {
      if (participant.listeners.size === 0) continue;
      const view = viewFor(room, participant, item);
      for (const listen of participant.listeners) listen(view, false);
    }
  }

  function end(participant: Participant, how: 'closed' | 'removed'): void {
    const view = endedView(participant, how);
    for (const listen of participant.listeners) listen(view, true);
    participant.listeners.clear();
  }

  function status(): RoomStatus {
    if (!room) {
      return {
        open: false,
        sessionId: null,
        mode: 'named',
        code: null,
        joinUrl: null,
        qr: null,
        participants: [],
        voting: { itemId: null, phase: 'none', voted: 0, of: 0, voters: [], tally: null },
      };
    }
    const open = room;
    const participants = [...open.byCredential.values()];
    const votedIds = open.voting.ballots;
    const named = open.mode === 'named';
    return {
      open: true,
      sessionId: open.sessionId,
      mode: open.mode,
      code: open.code,
      joinUrl: open.joinUrl,
      qr: open.qr,
      participants: participants.map((p) => ({ id: p.id, name: p.name, voted: named && votedIds.has(p.id) })),
      voting: {
        itemId: open.voting.itemId,
        phase: open.voting.phase,
        voted: participants.filter((p) => votedIds.has(p.id)).length,
        of: participants.length,
        voters: named ? participants.filter((p) => votedIds.has(p.id)).map((p) => p.name) : [],
        tally: open.voting.phase === 'revealed' && open.voting.itemId ? tallyOf(open, open.voting.itemId) : null,
      },
    };
  }

  function follow(state: PresenterState | null): void {
    if (!room || !state || state.sessionId !== room.sessionId || state.itemId === room.itemId) return;
    room.itemId = state.itemId;
    // Moving on ends the round on the item left: its votes are kept, the next item starts without one.
    if (room.voting.itemId !== state.itemId) room.voting = { itemId: state.itemId, phase: 'none', ballots: new Map() };
    notify();
  }
  const stopFollowing = live.subscribe(follow);

  function participantOf(credential: string): Participant {
    if (!room) throw new RoomRefusalError('roomClosed');
    const participant = room.byCredential.get(credential);
    if (!participant) throw new RoomRefusalError('notJoined');
    return participant;
  }

  function anonymousVote(session: Session, itemId: string, previous: string | undefined, choice: string) {
    const before = store.roomVotes.counts(session.id, itemId);
    record(session, ANONYMOUS_ACTOR, () => {
      if (previous !== undefined) store.roomVotes.count(session.id, itemId, previous, -1);
      store.roomVotes.count(session.id, itemId, choice, 1);
      const after = store.roomVotes.counts(session.id, itemId);
      return { result: null, event: { type: 'room.counted', itemId, refEventId: null, before, after } };
    });
  }

  const participants: RoomParticipants = {
    join(code, name) {
      if (!room) throw new RoomRefusalError('roomClosed');
      if (!sameCode(code, room.code)) throw new RoomRefusalError('wrongCode');
      if (room.byCredential.size >= MAX_ROOM_PARTICIPANTS) throw new RoomRefusalError('roomFull');
      // Named votes are kept by name: two devices under one name would share one vote.
      const wanted = name.trim().toLocaleLowerCase();
      for (const other of room.byCredential.values())
        if (other.name.toLocaleLowerCase() === wanted) throw new RoomRefusalError('nameTaken');
      const credential = randomBytes(24).toString('base64url');
      const participant: Participant = { id: randomBytes(8).toString('hex'), name: name.trim(), listeners: new Set() };
      room.byCredential.set(credential, participant);
      return { credential, view: viewFor(room, participant) };
    },
    view(credential) {
      return viewFor(openRoom(), participantOf(credential));
    },
    async vote(credential, choice) {
      const participant = participantOf(credential);
      const open = openRoom();
      const itemId = open.voting.itemId;
      if (open.voting.phase !== 'open' || !itemId || itemId !== open.itemId) throw new RoomRefusalError('votingClosed');
      const session = sessions.findOpenSession(open.sessionId);
      const item = itemsOf(open.boardHash).get(itemId);
      if (!item || (choice !== ABSTAIN && !item.options.some((option) => option.id === choice)))
        throw new RoomRefusalError('unknownChoice');
      // The ballot is read when the vote is written, so two quick taps in one burst count once.
      await commitTogether((onRollback) => {
        const previous = open.voting.ballots.get(participant.id);
        if (previous === choice) return;
        if (open.mode === 'named')
          castNamedVote({ sessionId: session.id, itemId, participant: participant.name, optionId: choice });
        else anonymousVote(session, itemId, previous, choice);
        open.voting.ballots.set(participant.id, choice);
        onRollback(() =>
          previous === undefined
            ? open.voting.ballots.delete(participant.id)
            : open.voting.ballots.set(participant.id, previous),
        );
      });
      const view = viewFor(open, participant);
      // The participant's other tabs, if any, show the vote too.
      for (const listen of participant.listeners) listen(view, false);
      return view;
    },
    leave(credential) {
      const open = room;
      const participant = open?.byCredential.get(credential);
      if (!open || !participant) return;
      open.byCredential.delete(credential);
      end(participant, 'removed');
    },
    follow(credential, listen) {
      const participant = participantOf(credential);
      participant.listeners.add(listen);
      listen(viewFor(openRoom(), participant), false);
      return () => participant.listeners.delete(listen);
    },
  };

  async function close(): Promise<RoomStatus> {
    const open = room;
    if (!open) return status();
    room = null;
    for (const participant of open.byCredential.values()) end(participant, 'closed');
    await listener?.stop();
    return status();
  }

  function changeVoting(itemId: string | null, phase: VotingPhase): RoomStatus {
    const open = openRoom();
    if (!itemId) throw new ServiceError('conflict', 'roomNoItem');
    const sameRound = open.voting.itemId === itemId;
    open.voting = { itemId, phase, ballots: sameRound ? open.voting.ballots : new Map() };
    notify();
    return status();
  }

  return {
    participants,
    addresses(): NetworkAddress[] {
      return listener?.addresses() ?? [];
    },
    async open(input: ApiParsedInput<'room.open'>): Promise<ApiOutput<'room.open'>> {
      if (!listener) throw new ServiceError('conflict', 'roomUnavailable');
      if (room || busy) throw new ServiceError('conflict', 'roomAlreadyOpen');
      const session = sessions.findOpenSession(input.sessionId);
      const known = listener.addresses().some((candidate) => candidate.address === input.address);
      if (!known) throw new ServiceError('bad-request', 'roomAddressUnknown', { address: input.address });
      busy = true;
      try {
        const { port } = await listener.start({ address: input.address, port: input.port, participants });
        const joinUrl = `http://${input.address}:${port}/`;
        store.transaction(() => store.roomVotes.setMode(session.id, input.mode));
        const state = live.current();
        const itemId = state?.sessionId === session.id ? state.itemId : null;
        room = {
          sessionId: session.id,
          boardHash: session.boardHash,
          mode: input.mode,
          code: newCode(),
          joinUrl,
          qr: qrPath(joinUrl),
          byCredential: new Map(),
          itemId,
          voting: { itemId, phase: 'none', ballots: new Map() },
        };
        return status();
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        throw new ServiceError('conflict', 'roomCannotListen', {
          address: input.address,
          detail: (error as Error).message,
        });
      } finally {
        busy = false;
      }
    },
    close,
    status,
    openVoting: (input: ApiParsedInput<'room.openVoting'>) => changeVoting(input.itemId, 'open'),
    closeVoting: () => changeVoting(openRoom().voting.itemId, 'closed'),
    reveal: () => changeVoting(openRoom().voting.itemId, 'revealed'),
    remove(input: ApiParsedInput<'room.remove'>): RoomStatus {
      const open = openRoom();
      for (const [credential, participant] of open.byCredential) {
        if (participant.id !== input.participantId) continue;
        open.byCredential.delete(credential);
        open.voting.ballots.delete(participant.id);
        end(participant, 'removed');
      }
      return status();
    },
    counts(input: ApiParsedInput<'room.counts'>): ApiOutput<'room.counts'> {
      sessions.findSession(input.sessionId);
      return {
        mode: store.roomVotes.mode(input.sessionId) ?? 'named',
        counts: store.roomVotes.sessionCounts(input.sessionId),
      };
    },
    /** A session closed or trashed takes its room with it. */
    async sessionEnded(sessionId: string): Promise<void> {
      if (room?.sessionId === sessionId) await close();
    },
    async shutDown(): Promise<void> {
      stopFollowing();
      await close();
    },
  };
}

export type RoomService = ReturnType<typeof roomService>;

/** The facilitator's room methods of the contract. */
export function roomHandlers(room: RoomService) {
  return {
    'room.addresses': () => room.addresses(),
    'room.open': (input) => room.open(input),
    'room.close': () => room.close(),
    'room.status': () => room.status(),
    'room.openVoting': (input) => room.openVoting(input),
    'room.closeVoting': () => room.closeVoting(),
    'room.reveal': () => room.reveal(),
    'room.remove': (input) => room.remove(input),
    'room.counts': (input) => room.counts(input),
  } satisfies HandlerGroup;
}
