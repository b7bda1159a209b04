import { z } from 'zod';
import { languageSchema } from '../text.ts';

export const OUTCOME_STATUSES = ['open', 'decided', 'deferred', 'escalated', 'not-applicable'] as const;
export const outcomeStatusSchema = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;

const isoDate = z.iso.date();
const shortText = z.string().trim().max(200);
const longText = z.string().max(20_000);

export const sessionIdSchema = z.string().uuid();

export const sessionSchema = z.object({
  id: sessionIdSchema,
  boardId: z.string(),
  boardHash: z.string(),
  title: shortText.min(1),
  date: isoDate,
  facilitator: shortText,
  participants: z.array(shortText.min(1)).max(100),
  language: languageSchema,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  previousSessionId: z.string().nullable(),
  /** The item the facilitator had open last, so the session resumes there. */
  lastItemId: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const newSessionSchema = z.object({
  boardId: z.string().min(1),
  /** Omitted: the newest stored version of the board. */
  boardHash: z.string().optional(),
  title: shortText.min(1),
  date: isoDate,
  facilitator: shortText.default(''),
  participants: z.array(shortText.min(1)).max(100).default([]),
  language: languageSchema,
});
export type NewSession = z.input<typeof newSessionSchema>;

/** The fields a facilitator edits; everything else about an outcome is derived. */
export const outcomeFieldsSchema = z.object({
  status: outcomeStatusSchema,
  chosenOption: z.string().nullable(),
  rationale: longText,
  owner: shortText,
  dueDate: isoDate.nullable(),
  reviewDate: isoDate.nullable(),
  /** Checklist line index (as text) to ticked. */
  checklist: z.record(z.string().regex(/^\d+$/), z.boolean()),
  /** Participant name to the option id they voted for. */
  votes: z.record(shortText.min(1), z.string()),
  notes: longText,
});
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;

export const EMPTY_OUTCOME: OutcomeFields = {
  status: 'open',
  chosenOption: null,
  rationale: '',
  owner: '',
  dueDate: null,
  reviewDate: null,
  checklist: {},
  votes: {},
  notes: '',
};

export const outcomeSchema = outcomeFieldsSchema.extend({
  sessionId: sessionIdSchema,
  itemId: z.string(),
  updatedAt: z.string(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const recordOutcomeSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1),
  changes: outcomeFieldsSchema.partial().refine((changes) => Object.keys(changes).length > 0, 'no changes given'),
  actor: shortText.default(''),
});
export type RecordOutcome = z.input<typeof recordOutcomeSchema>;

export const eventSchema = z.object({
  id: z.number().int(),
  sessionId: z.string(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  itemId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** For an undo or redo: the change it took back or put back. */
  refEventId: z.number().int().nullable(),
  undone: z.boolean(),
});
export type AuditEvent = z.infer<typeof eventSchema>;

/** Changes a facilitator can take back with undo. */
export const UNDOABLE_EVENT_TYPES = ['outcome.recorded'] as const;

export const EVENT_TYPES = [
  'session.created',
  'session.renamed',
  'session.closed',
  'session.reopened',
  'session.trashed',
  'session.restored',
  'session.imported',
  'outcome.recorded',
  'outcome.undone',
  'outcome.redone',
  'outcome.carried-over',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
