import { z } from 'zod';
import { languageSchema } from '../text.ts';

export const OUTCOME_STATUSES = ['open', 'decided', 'deferred', 'escalated', 'not-applicable'] as const;
export const outcomeStatusSchema = z.enum(OUTCOME_STATUSES);
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;

const isoDate = z.iso.date();
/** The longest name, title or owner; the forms stop typing there, so the back end never refuses one. */
export const SHORT_TEXT_MAX = 200;
/** The longest rationale or note. */
export const LONG_TEXT_MAX = 20_000;
const shortText = z.string().trim().max(SHORT_TEXT_MAX);
const longText = z.string().max(LONG_TEXT_MAX);

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
  /** The facilitator's written summary, page 1 of the report; sessions from before it have none. */
  summary: longText.default(''),
});
export type Session = z.infer<typeof sessionSchema>;

/** The people in the room; votes are kept by participant name, so two participants must not share one. */
export const participantsSchema = z
  .array(shortText.min(1))
  .max(100)
  .refine((names) => new Set(names).size === names.length, 'each participant is named once');

export const newSessionSchema = z.object({
  boardId: z.string().min(1),
  /** Omitted: the newest stored version of the board. */
  boardHash: z.string().optional(),
  title: shortText.min(1),
  date: isoDate,
  facilitator: shortText.min(1),
  participants: participantsSchema.default([]),
  language: languageSchema,
});

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

/** An outcome's decision as it stood when it was carried into a session: what a review compares with. */
export const carriedStateSchema = z.object({
  status: outcomeStatusSchema,
  chosenOption: z.string().nullable(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  reviewDate: z.string().nullable(),
});
export type CarriedState = z.infer<typeof carriedStateSchema>;

/**
 * The session a carried-over outcome came from (for a decision: where it was taken), as it was
 * named then, and the decision as it stood (absent in records from before it was kept).
 */
export const carriedFromSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  date: z.string(),
  state: carriedStateSchema.optional(),
});
export type CarriedFrom = z.infer<typeof carriedFromSchema>;

export const outcomeSchema = outcomeFieldsSchema.extend({
  sessionId: sessionIdSchema,
  itemId: z.string(),
  updatedAt: z.string(),
  /** Time the room spent on the item in this session. */
  timeSpentSeconds: z.number().int().min(0).default(0),
  /** Set when the outcome was carried over from an earlier session by a next review. */
  carriedFrom: carriedFromSchema.nullable().default(null),
  /** When the room confirmed a carried decision unchanged in this session; null otherwise. */
  confirmedAt: z.string().nullable().default(null),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** An item's outcome before anything was recorded for it in a session. */
export function newOutcome(sessionId: string, itemId: string, updatedAt: string): Outcome {
  return { ...EMPTY_OUTCOME, sessionId, itemId, updatedAt, timeSpentSeconds: 0, carriedFrom: null, confirmedAt: null };
}

const actorSchema = shortText.optional();

export const recordOutcomeSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1),
  /** Votes are cast one by one with `outcomes.vote`, so each names the participant who cast it. */
  changes: outcomeFieldsSchema
    .omit({ votes: true })
    .partial()
    .strict()
    .refine((changes) => Object.keys(changes).length > 0, 'no changes given'),
  /** Who made the change; the session's facilitator when not given. */
  actor: actorSchema,
});

/** The longest stretch booked at once: a day, so a stuck clock cannot book a year. */
export const MAX_BOOKED_SECONDS = 24 * 60 * 60;

/** Time the room spent on an item, added to what the outcome holds; never taken back by undo. */
export const addTimeSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1),
  seconds: z.number().int().min(1).max(MAX_BOOKED_SECONDS),
  actor: actorSchema,
});

export const castVoteSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1),
  participant: shortText.min(1),
  /** The option voted for; null takes the participant's vote back. */
  optionId: z.string().min(1).nullable(),
});

/** "Confirmed, unchanged": a carried decision the room looked at again and kept; a new review date may come with it. */
export const confirmOutcomeSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1),
  /** The next review date; left as it was when not given. */
  reviewDate: isoDate.nullable().optional(),
  actor: actorSchema,
});
