import type { Store } from '../db/index.ts';
import type { PackReader } from '../packs/offThread.ts';
import { combineHandlers, type HandlerGroup, type Handlers } from '../handlers.ts';
import { liveHandlers, type LiveChannel } from '../presenterChannel.ts';
import { appHandlers } from './app.ts';
import { boardHandlers } from './boards.ts';
import { draftHandlers } from './drafts.ts';
import { layoutHandlers } from './layouts.ts';
import { outcomeService } from './outcomes.ts';
import { createRecorder } from './recorder.ts';
import { madrRecordsOf, reportHandlers, type MadrRecordsOf, type PdfPreparer, type PdfRenderer } from './reports.ts';
import { registerHandlers, registerService } from './register.ts';
import { reviewHandlers } from './reviews.ts';
import { roomHandlers, roomService, type RoomListenerAdapter, type RoomService } from './room.ts';
import { sessionFileHandlers } from './sessionFiles.ts';
import { sessionHandlers, sessionService } from './sessions.ts';

export interface HandlerDeps {
  store: Store;
  /** Reads board packs off the main thread. */
  packs: PackReader;
  live: LiveChannel;
  dataDir: string;
  renderPdf: PdfRenderer;
  /** Gets printing ready when the export dialog opens; without it `reports.prepare` does nothing. */
  preparePdf?: PdfPreparer;
  /** The shell's room listener; without it the room cannot be opened. */
  roomListener?: RoomListenerAdapter;
}

/** A session closed or trashed takes its room with it: the participants' access ends in the same call. */
function endingTheRoom(group: ReturnType<typeof sessionHandlers>, room: RoomService) {
  return {
    ...group,
    async 'sessions.close'(input) {
      const closed = group['sessions.close'](input);
      await room.sessionEnded(closed.id);
      return closed;
    },
    async 'sessions.trash'(input) {
      const trashed = group['sessions.trash'](input);
      await room.sessionEnded(trashed.id);
      return trashed;
    },
  } satisfies HandlerGroup;
}

/** Every domain's handlers, one group each, as each service declares them; and the room they share. */
export function handlerGroups({ store, packs, live, dataDir, renderPdf, preparePdf, roomListener }: HandlerDeps) {
  const record = createRecorder(store);
  const sessions = sessionService(store, record);
  const outcomes = outcomeService(store, sessions, record);
  const room = roomService(store, sessions, record, live, outcomes.roomVote, roomListener);
  const register = registerService(store, record);
  register.backfill();
  const madrRecords = madrRecordsOf(store, register);
  const groups = [
    boardHandlers(store, packs),
    endingTheRoom(sessionHandlers(store, sessions, record), room),
    reviewHandlers(store, sessions, register, record),
    sessionFileHandlers(store, sessions, register, record),
    outcomes.handlers,
    registerHandlers(register),
    layoutHandlers(store),
    reportHandlers(store, madrRecords, renderPdf, preparePdf),
    liveHandlers(live),
    draftHandlers(store, sessions),
    roomHandlers(room),
    appHandlers(store, dataDir),
  ] as const;
  return { groups, room, madrRecords };
}

/** The one table the dispatcher answers from, and the room whose participant side the shells serve. */
export function createHandlers(deps: HandlerDeps): {
  handlers: Handlers;
  room: RoomService;
  madrRecords: MadrRecordsOf;
} {
  const { groups, room, madrRecords } = handlerGroups(deps);
  return { handlers: combineHandlers(...groups), room, madrRecords };
}
