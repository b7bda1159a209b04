import { z } from 'zod';
import { voteCountsSchema } from '../room.ts';
import { carriedFromSchema, outcomeSchema, sessionSchema } from './schema.ts';
import { saveSettingSchema } from './settings.ts';
import { plannedMeetingSchema } from './settings.ts';

/**
 * The audit log: one case per event type, each with the payload it carries. A session file is
 * checked against this union, so an unknown event type or a payload of the wrong shape never
 * reaches the database.
 */
const eventBase = z.object({
  id: z.number().int().positive(),
  sessionId: z.string(),
  at: z.iso.datetime(),
  /** Who made the change: the facilitator, or the participant who cast a vote. */
  actor: z.string().max(200),
  /** For a change that can be undone: whether it is undone now. */
  undone: z.boolean(),
});

const noItem = { itemId: z.null(), refEventId: z.null() };
const onItem = { itemId: z.string().min(1), refEventId: z.null() };

function sessionChange<T extends string>(type: T) {
  return eventBase.extend({ type: z.literal(type), ...noItem, before: sessionSchema, after: sessionSchema });
}

/** Where an imported session came from. */
export const importedFromSchema = z.object({ sessionId: z.string(), exportedAt: z.string(), fileName: z.string() });

export const auditEventSchema = z.discriminatedUnion('type', [
  eventBase.extend({ type: z.literal('session.created'), ...noItem, before: z.null(), after: sessionSchema }),
  sessionChange('session.renamed'),
  sessionChange('session.closed'),
  sessionChange('session.reopened'),
  sessionChange('session.trashed'),
  sessionChange('session.restored'),
  sessionChange('session.summarized'),
  eventBase.extend({ type: z.literal('session.imported'), ...noItem, before: importedFromSchema, after: z.null() }),
  /** The meeting plan or today's agenda changed (length, time boxes, which items and in which order). */
  eventBase.extend({
    type: z.literal('session.planned'),
    ...noItem,
    before: plannedMeetingSchema,
    after: plannedMeetingSchema,
  }),
  eventBase.extend({
    type: z.literal('outcome.recorded'),
    ...onItem,
    before: outcomeSchema.nullable(),
    after: outcomeSchema,
  }),
  eventBase.extend({
    type: z.literal('outcome.voted'),
    ...onItem,
    before: outcomeSchema.nullable(),
    after: outcomeSchema,
  }),
  /** Time spent on the item booked by the time box; the outcome's fields stay as they were. */
  eventBase.extend({
    type: z.literal('outcome.timed'),
    ...onItem,
    before: outcomeSchema.nullable(),
    after: outcomeSchema,
  }),
  eventBase.extend({
    type: z.literal('outcome.carried-over'),
    ...onItem,
    before: carriedFromSchema,
    after: outcomeSchema,
  }),
  /** Anonymous room votes: only the item's counts before and after, never who voted. */
  eventBase.extend({
    type: z.literal('room.counted'),
    ...onItem,
    before: voteCountsSchema,
    after: voteCountsSchema,
  }),
  /** A carried decision looked at again and kept as it was ("confirmed, unchanged"). */
  eventBase.extend({
    type: z.literal('outcome.confirmed'),
    ...onItem,
    before: outcomeSchema.nullable(),
    after: outcomeSchema,
  }),
  /** How the session is run changed: agenda order and dropped items, decision-tree context, export settings. */
  eventBase.extend({
    type: z.literal('session.setting-saved'),
    ...noItem,
    before: saveSettingSchema.nullable(),
    after: saveSettingSchema,
  }),
  /** The item the facilitator moved to, so the session resumes there. */
  eventBase.extend({
    type: z.literal('session.resumed'),
    ...noItem,
    before: z.object({ itemId: z.string().nullable() }),
    after: z.object({ itemId: z.string().nullable() }),
  }),
  ...(['outcome.undone', 'outcome.redone'] as const).map((type) =>
    eventBase.extend({
      type: z.literal(type),
      itemId: z.string().min(1),
      before: outcomeSchema.nullable(),
      after: outcomeSchema.nullable(),
      /** The change taken back or put back; null only where an old import lost the link. */
      refEventId: z.number().int().positive().nullable(),
    }),
  ),
]);

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type EventType = AuditEvent['type'];
export type EventOf<T extends EventType> = Extract<AuditEvent, { type: T }>;

export const EVENT_TYPES = [
  'session.created',
  'session.renamed',
  'session.closed',
  'session.reopened',
  'session.trashed',
  'session.restored',
  'session.summarized',
  'session.imported',
  'session.planned',
  'outcome.recorded',
  'outcome.voted',
  'outcome.timed',
  'outcome.carried-over',
  'outcome.undone',
  'outcome.redone',
  'room.counted',
  'outcome.confirmed',
  'session.setting-saved',
  'session.resumed',
] as const satisfies readonly EventType[];
type AssertNever<T extends never> = T;
/** Fails to compile when an event type is added to the union but not to EVENT_TYPES. */
export type EveryEventTypeListed = AssertNever<Exclude<EventType, (typeof EVENT_TYPES)[number]>>;

/** Changes a facilitator can take back with undo: each carries the outcome before and after. */
export const UNDOABLE_EVENT_TYPES = [
  'outcome.recorded',
  'outcome.voted',
  'outcome.confirmed',
] as const satisfies readonly EventType[];
export type UndoableEvent = EventOf<(typeof UNDOABLE_EVENT_TYPES)[number]>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a service says about a change; the recorder adds session, time, actor and id. */
export type EventChange = DistributiveOmit<AuditEvent, 'id' | 'sessionId' | 'at' | 'actor' | 'undone'>;

/** An event ready to be appended: everything but the id the log gives it. */
export type NewEvent = DistributiveOmit<AuditEvent, 'id' | 'undone'> & { undone?: boolean };

export function isUndoable(event: AuditEvent): event is UndoableEvent {
  return (UNDOABLE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The translation key of an event type's name (`events.<key>`). */
export function eventKey<T extends EventType>(type: T) {
  return type.replaceAll('.', '_') as EventTypeKey<T>;
}
type EventTypeKey<T extends string> = T extends `${infer Head}.${infer Tail}` ? `${Head}_${EventTypeKey<Tail>}` : T;
