import { z } from 'zod';
import { boardMetaSchema, boardSchema } from '../board/schema.ts';
import { graphLayoutSchema, layoutScopeSchema } from '../board/layout.ts';
import { languageSchema } from '../text.ts';
import type { ApiResult } from './errors.ts';
import type { ApiMethod } from './methods.ts';
import { auditEventSchema } from '../session/events.ts';
import { presenterStateSchema } from '../live.ts';
import { networkAddressSchema, roomStatusSchema, voteCountsSchema, voteModeSchema } from '../room.ts';
import { saveSettingSchema, sessionSettingsSchema } from '../session/settings.ts';
import { registerEntrySchema } from '../session/register.ts';
import { draftFieldsSchema, draftSchema, runningTimerSchema, workInProgressSchema } from '../meeting/draft.ts';
import {
  addTimeSchema,
  confirmOutcomeSchema,
  carriedFromSchema,
  castVoteSchema,
  LONG_TEXT_MAX,
  newSessionSchema,
  outcomeSchema,
  participantsSchema,
  recordOutcomeSchema,
  sessionIdSchema,
  sessionSchema,
} from '../session/schema.ts';
import { CHANGE_KINDS, COMPARED_FIELDS } from '../session/compare.ts';
import { reportFormatSchema, reportOptionsSchema } from '../report/options.ts';

export const packProblemSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const boardSummarySchema = z.object({
  hash: z.string(),
  meta: boardMetaSchema,
  nodeCount: z.number(),
  itemCount: z.number(),
  warningCount: z.number(),
});

export const boardVersionSchema = z.object({
  hash: z.string(),
  board: boardSchema,
  warnings: z.array(packProblemSchema),
});

/** A file picked by the user, carried as base64 so zip files arrive intact over IPC and HTTP. */
export const uploadedFileSchema = z.object({
  name: z.string().min(1).max(500),
  base64: z.string().max(48 * 1024 * 1024),
});

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});

/** `actor`: who made the change; the session's facilitator when not given. */
const sessionRef = z.object({ sessionId: sessionIdSchema, actor: z.string().trim().max(200).optional() });
const sessionTitle = z.string().trim().min(1).max(200);

/** A session started from earlier ones: which items came along, which the board no longer has, which had to change. */
const carriedSchema = z.object({
  session: sessionSchema,
  carried: z.array(z.string()),
  dropped: z.array(z.string()),
  /** Carried, but an option or checklist line the newer board version lacks was let go. */
  adjusted: z.array(z.string()),
});

const undoResultSchema = z.object({
  itemId: z.string().nullable(),
  outcome: outcomeSchema.nullable(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

const comparisonSchema = z.object({
  earlier: sessionSchema,
  later: sessionSchema,
  /** The sessions were given later one first: they are compared in the order they were held. */
  reordered: z.boolean(),
  /** Decisions the later session confirmed unchanged. */
  confirmed: z.array(z.string()),
  /** Decisions due for review by the later session's date that it did not take up. */
  dueNotReviewed: z.array(z.string()),
  items: z.array(
    z.object({
      itemId: z.string(),
      kind: z.enum(CHANGE_KINDS).nullable(),
      changes: z.array(
        z.object({ field: z.enum(COMPARED_FIELDS), before: z.string().nullable(), after: z.string().nullable() }),
      ),
    }),
  ),
});

/** The most events one `events.list` call returns when a limit is given. */
export const EVENT_PAGE_MAX = 1000;

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export type { ApiMethod };

/** The one API of the app: the same names over IPC and over HTTP. Keep them stable. */
export const apiContract = {
  'boards.list': method(z.object({}), z.array(boardSummarySchema)),
  'boards.get': method(z.object({ boardId: z.string().min(1), hash: z.string().optional() }), boardVersionSchema),
  'boards.import': method(
    z.object({ files: z.array(uploadedFileSchema).min(1).max(500) }),
    z.object({ board: boardSummarySchema, stored: z.boolean() }),
  ),
  'sessions.create': method(newSessionSchema, sessionSchema),
  'sessions.list': method(z.object({ boardId: z.string().optional() }), z.array(sessionSchema)),
  'sessions.get': method(z.object({ sessionId: sessionIdSchema }), sessionSchema),
  'sessions.rename': method(sessionRef.extend({ title: sessionTitle }), sessionSchema),
  /** The facilitator's written summary of the session, the first thing its report says. */
  'sessions.saveSummary': method(sessionRef.extend({ summary: z.string().max(LONG_TEXT_MAX) }), sessionSchema),
  'sessions.close': method(sessionRef, sessionSchema),
  'sessions.reopen': method(sessionRef, sessionSchema),
  'sessions.trash': method(sessionRef, sessionSchema),
  'sessions.restore': method(sessionRef, sessionSchema),
  'sessions.listTrash': method(z.object({}), z.array(sessionSchema)),
  'sessions.emptyTrash': method(
    z.object({ actor: z.string().trim().max(200).optional() }),
    z.object({ removed: z.number() }),
  ),
  'sessions.resume': method(sessionRef.extend({ itemId: z.string().nullable() }), z.object({ ok: z.literal(true) })),
  /**
   * The next review of a board, from its latest session: carries every item's latest outcome
   * (decisions, due ones marked; deferred, escalated and open items first). `closePrevious`
   * closes the session it follows first (it must be closed otherwise).
   */
  'sessions.nextReview': method(
    sessionRef.extend({
      title: sessionTitle,
      date: z.iso.date(),
      facilitator: z.string().trim().min(1).max(200).optional(),
      participants: participantsSchema.optional(),
      closePrevious: z.boolean().default(false),
    }),
    carriedSchema,
  ),
  'sessions.dueForReview': method(
    z.object({ boardId: z.string().min(1), asOf: z.iso.date(), exceptSessionId: z.string().optional() }),
    z.array(z.object({ outcome: outcomeSchema, decidedIn: carriedFromSchema, latestSessionId: z.string() })),
  ),
  'sessions.compare': method(
    z.object({ earlierSessionId: sessionIdSchema, laterSessionId: sessionIdSchema }),
    comparisonSchema,
  ),
  'sessions.settings': method(z.object({ sessionId: sessionIdSchema }), sessionSettingsSchema),
  'sessions.saveSetting': method(sessionRef.extend({ setting: saveSettingSchema }), sessionSettingsSchema),
  'sessions.export': method(z.object({ sessionId: sessionIdSchema }), exportedFileSchema),
  /** A session file; it keeps its id where that is free here (`idChanged` says when not) and links to its predecessor when that is here. */
  'sessions.import': method(
    z.object({ file: uploadedFileSchema, actor: z.string().max(200).optional() }),
    sessionSchema.extend({ idChanged: z.boolean() }),
  ),
  /** A board's whole history (every session, the links between them, its decision register) as one file. */
  'boards.exportHistory': method(z.object({ boardId: z.string().min(1) }), exportedFileSchema),
  /** Imports a board's history: links, decision numbers and actors kept; says when ids had to change. */
  'boards.importHistory': method(
    z.object({ file: uploadedFileSchema, actor: z.string().max(200).optional() }),
    z.object({
      boardId: z.string(),
      sessions: z.array(sessionSchema),
      idsChanged: z.boolean(),
      /** False when this machine already had a register for the board: numbers were then given here. */
      numbersKept: z.boolean(),
    }),
  ),
  'outcomes.record': method(recordOutcomeSchema, outcomeSchema),
  'outcomes.vote': method(castVoteSchema, outcomeSchema),
  'outcomes.addTime': method(addTimeSchema, outcomeSchema),
  'outcomes.list': method(z.object({ sessionId: sessionIdSchema }), z.array(outcomeSchema)),
  'outcomes.undo': method(sessionRef, undoResultSchema),
  'outcomes.redo': method(sessionRef, undoResultSchema),
  'outcomes.undoState': method(
    z.object({ sessionId: sessionIdSchema }),
    z.object({ canUndo: z.boolean(), canRedo: z.boolean() }),
  ),
  'outcomes.confirm': method(confirmOutcomeSchema, outcomeSchema),
  /** A board's decisions (by board id, across its versions), by number, each with its history across sessions. */
  'register.list': method(z.object({ boardId: z.string().min(1) }), z.array(registerEntrySchema)),
  /** The decisions one item has had on a board (more than one where a reversal superseded one). */
  'register.history': method(
    z.object({ boardId: z.string().min(1), itemId: z.string().min(1) }),
    z.array(registerEntrySchema),
  ),
  /** The review dates of the board's decisions as a calendar file (.ics): one event per decision. */
  'register.ics': method(z.object({ boardId: z.string().min(1), language: languageSchema }), exportedFileSchema),
  /** When the trash was emptied, by whom, and which sessions went (without their content). */
  'register.purges': method(
    z.object({}),
    z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actor: z.string(),
        sessions: z.array(z.object({ id: z.string(), boardId: z.string(), title: z.string(), date: z.string() })),
      }),
    ),
  ),
  /** Oldest first; a long trail is read in pages: `limit` events after the event with id `after` (the cursor). */
  'events.list': method(
    z.object({
      sessionId: sessionIdSchema,
      itemId: z.string().optional(),
      after: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(EVENT_PAGE_MAX).optional(),
    }),
    z.array(auditEventSchema),
  ),
  /** A board version's kept graph layout for a scope, or null when none is kept. */
  'layouts.get': method(
    z.object({ boardHash: z.string().min(1), scope: layoutScopeSchema }),
    graphLayoutSchema.nullable(),
  ),
  'layouts.save': method(
    z.object({ boardHash: z.string().min(1), scope: layoutScopeSchema, layout: graphLayoutSchema }),
    z.object({ ok: z.literal(true) }),
  ),
  'reports.export': method(
    reportOptionsSchema.extend({
      sessionId: sessionIdSchema,
      language: languageSchema,
      format: reportFormatSchema.default('pdf'),
    }),
    exportedFileSchema,
  ),
  /**
   * Gets printing ready while the export dialog is open, so the export that follows does not wait for
   * it (the browser host starts its Chromium with the report fonts); answered at once, before that is
   * done. Where printing needs no preparing it does nothing.
   */
  'reports.prepare': method(z.object({}), z.object({ ok: z.literal(true) })),
  'live.publish': method(presenterStateSchema, z.object({ ok: z.literal(true) })),
  'live.current': method(z.object({}), presenterStateSchema.nullable()),
  'app.info': method(
    z.object({}),
    z.object({
      dataDir: z.string(),
      backupsDir: z.string(),
      schemaVersion: z.number(),
      version: z.string(),
      /** The database file the app uses, so a rescued copy can be told where to go. */
      database: z.string(),
      /** Copies rescued after the database file was deleted or replaced, found at this start; newest first. */
      rescuedCopies: z.array(z.object({ path: z.string(), rescuedAt: z.string() })),
    }),
  ),
  /** The laptop's network addresses the room can listen on, by interface name. */
  'room.addresses': method(z.object({}), z.array(networkAddressSchema)),
  /** Opens the current session to the room: a second listener on the chosen address, for participants only. */
  'room.open': method(
    z.object({
      sessionId: sessionIdSchema,
      address: z.string().min(1).max(100),
      mode: voteModeSchema,
      /** 0: any free port. */
      port: z.number().int().min(0).max(65535).default(0),
    }),
    roomStatusSchema,
  ),
  /** Ends every participant's access at once and stops the listener. */
  'room.close': method(z.object({}), roomStatusSchema),
  'room.status': method(z.object({}), roomStatusSchema),
  'room.openVoting': method(z.object({ itemId: z.string().min(1) }), roomStatusSchema),
  'room.closeVoting': method(z.object({}), roomStatusSchema),
  'room.reveal': method(z.object({}), roomStatusSchema),
  'room.remove': method(z.object({ participantId: z.string().min(1).max(100) }), roomStatusSchema),
  /** The session's anonymous votes as counts per item, to add to the tally of its named votes. */
  'room.counts': method(
    z.object({ sessionId: sessionIdSchema }),
    z.object({ mode: voteModeSchema, counts: z.record(z.string(), voteCountsSchema) }),
  ),
  /** The session's drafts not yet recorded, and the time box's clock if it runs. */
  'drafts.list': method(z.object({ sessionId: sessionIdSchema }), workInProgressSchema),
  /** Keeps what was entered on an item, durably, without recording it. */
  'drafts.save': method(
    z.object({ sessionId: sessionIdSchema, itemId: z.string().min(1).max(200), fields: draftFieldsSchema }),
    draftSchema,
  ),
  'drafts.discard': method(
    z.object({ sessionId: sessionIdSchema, itemId: z.string().min(1).max(200) }),
    z.object({ ok: z.literal(true) }),
  ),
  /** The time box's clock: running for an item since a moment, or stopped (null). */
  'drafts.setTimer': method(
    z.object({ sessionId: sessionIdSchema, timer: runningTimerSchema.nullable() }),
    z.object({ ok: z.literal(true) }),
  ),
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;
/** What a handler receives: the input after the contract's schema parsed it, defaults applied. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;

/** The client side: one typed function per method. */
export type BoardwalkApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** What a transport (IPC or HTTP) carries back: the result, or a typed error. */
export type BoardwalkTransport = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> };
