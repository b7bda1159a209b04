import { z } from 'zod';

export const DEFAULT_MEETING_MINUTES = 90;
export const MAX_MEETING_MINUTES = 12 * 60;
export const MAX_TIMEBOX_MINUTES = 240;

/**
 * How the facilitator means to spend the meeting: its length, a time box per item where it is not
 * the kind's default, and whether the clock starts by itself when an item opens. Which items are on
 * today's agenda (and in which order) is the session's `agenda` setting.
 */
export const meetingPlanSchema = z.object({
  lengthMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).default(DEFAULT_MEETING_MINUTES),
  timeboxMinutes: z
    .record(z.string().min(1).max(200), z.number().int().min(1).max(MAX_TIMEBOX_MINUTES))
    .default({}),
  startTimerOnOpen: z.boolean().default(false),
});
export type MeetingPlan = z.output<typeof meetingPlanSchema>;

export const DEFAULT_PLAN: MeetingPlan = { lengthMinutes: DEFAULT_MEETING_MINUTES, timeboxMinutes: {}, startTimerOnOpen: false };

