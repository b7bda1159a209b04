import { z } from 'zod';
import { languageSchema } from './text.ts';
import { outcomeStatusSchema, sessionIdSchema } from './session/schema.ts';

/** The time box as the facilitator's screen shows it when the state is published. */
export const liveTimerSchema = z.object({
  allottedSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60),
  spentSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60 * 60),
  running: z.boolean(),
});
export type LiveTimer = z.infer<typeof liveTimerSchema>;

const name = z.string().trim().max(200);

const seconds = z
  .number()
  .int()
  .min(-7 * 24 * 60 * 60)
  .max(7 * 24 * 60 * 60);

/** Where the meeting stands against its plan, in seconds; `behindSeconds` negative: ahead. */
export const liveMeetingPlanSchema = z.object({
  lengthSeconds: seconds.min(0),
  plannedSeconds: seconds.min(0),
  elapsedSeconds: seconds.min(0),
  behindSeconds: seconds,
});
export type LiveMeetingPlan = z.infer<typeof liveMeetingPlanSchema>;

/**
 * What the room's screen (presenter view) follows: where the facilitator is, in which language,
 * the time box, and the current item's votes. The facilitator's screen publishes it; the presenter
 * reads the board itself, so the board's text never travels this way.
 */
export const presenterStateSchema = z.object({
  sessionId: sessionIdSchema.nullable(),
  boardId: z.string().max(200).nullable(),
  boardHash: z.string().max(200).nullable(),
  itemId: z.string().max(200).nullable(),
  /** What the room's screen shows: the item (the default), or the meeting's read-back at its end. */
  screen: z.enum(['item', 'readBack']).optional(),
  language: languageSchema,
  timer: liveTimerSchema.nullable(),
  status: outcomeStatusSchema.nullable(),
  /** The current item's votes: participant to option id. */
  votes: z.record(name.min(1), z.string().max(200)),
  participants: z.array(name.min(1)).max(100),
  progress: z.object({
    total: z.number().int().min(0),
    decided: z.number().int().min(0),
    deferred: z.number().int().min(0),
  }),
  /** The meeting against its plan (planned against elapsed), for the room's screen; absent without a session. */
  plan: liveMeetingPlanSchema.nullable().optional(),
});
export type PresenterState = z.infer<typeof presenterStateSchema>;
