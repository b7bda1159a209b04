import { z } from 'zod';
import { EMPTY_OUTCOME, outcomeFieldsSchema, sessionIdSchema } from '../session/schema.ts';

/**
 * What the facilitator entered on an item and has not recorded yet: the outcome form's fields
 * (votes are cast one by one, in each participant's name, and are not part of it). Kept the moment
 * it is entered, so a reload, a crash of the tab or a restart of the app loses nothing; recording
 * makes it the outcome, with its audit event.
 */
export const draftFieldsSchema = outcomeFieldsSchema.omit({ votes: true });
export type DraftFields = z.infer<typeof draftFieldsSchema>;

/** An outcome's fields as a draft: the outcome's own, or empty. */
export function draftFieldsOf(outcome: DraftFields | undefined): DraftFields {
  const { status, chosenOption, rationale, owner, dueDate, reviewDate, checklist, notes } = outcome ?? EMPTY_OUTCOME;
  return { status, chosenOption, rationale, owner, dueDate, reviewDate, checklist, notes };
}

export const EMPTY_DRAFT: DraftFields = draftFieldsOf(undefined);

export const draftSchema = z.object({
  sessionId: sessionIdSchema,
  itemId: z.string().min(1).max(200),
  fields: draftFieldsSchema,
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The time box's clock as it runs: for which item, and since when (ms since the epoch). */
export const runningTimerSchema = z.object({
  itemId: z.string().min(1).max(200),
  since: z.number().int().min(0),
});
export type RunningTimer = z.infer<typeof runningTimerSchema>;

/** A session's work in progress: the drafts not yet recorded, and the clock if it runs. */
export const workInProgressSchema = z.object({
  drafts: z.array(draftSchema),
  timer: runningTimerSchema.nullable(),
});
export type WorkInProgress = z.infer<typeof workInProgressSchema>;
