import { z } from 'zod';
import { reportFormatSchema } from '../report/options.ts';
import { languageSchema } from '../text.ts';
import { meetingPlanSchema } from '../meeting/plan.ts';

/** The facilitator's agenda: the items in the order the room takes them, and those left out. */
export const agendaSettingSchema = z.object({
  order: z.array(z.string().min(1)).max(5000),
  dropped: z.array(z.string().min(1)).max(5000).default([]),
});

/** The decision tree's inputs as the room chose them: variable id to value id. */
export const decisionContextSettingSchema = z.record(z.string().min(1), z.string().min(1));

/** How the session's report was last exported. */
export const exportOptionsSettingSchema = z.object({
  language: languageSchema,
  format: reportFormatSchema.default('pdf'),
  includeUndecided: z.boolean().default(false),
  /** Sections of the report left out. */
  omitSections: z.array(z.string().min(1)).max(50).default([]),
  includeNotes: z.boolean().default(false),
  voterNames: z.boolean().default(false),
});

/**
 * What a session keeps besides its outcomes. Each key is saved whole, checked against its own
 * schema; a key a session never saved is absent.
 */
export const sessionSettingsSchema = z.object({
  agenda: agendaSettingSchema.optional(),
  decisionContext: decisionContextSettingSchema.optional(),
  exportOptions: exportOptionsSettingSchema.optional(),
  /** The meeting plan: its length, the time boxes, whether the clock starts on opening an item. */
  plan: meetingPlanSchema.optional(),
});
export type SessionSettings = z.output<typeof sessionSettingsSchema>;
export type SessionSettingKey = keyof SessionSettings;

/** One setting to save: its key and a value of that key's shape. */
export const saveSettingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('agenda'), value: agendaSettingSchema }),
  z.object({ key: z.literal('decisionContext'), value: decisionContextSettingSchema }),
  z.object({ key: z.literal('exportOptions'), value: exportOptionsSettingSchema }),
  z.object({ key: z.literal('plan'), value: meetingPlanSchema }),
]);

/** Settings that make up the meeting plan: each change to one is an audit event (`session.planned`). */
export const PLAN_SETTING_KEYS = ['agenda', 'plan'] as const satisfies readonly SessionSettingKey[];

/** The plan and today's agenda as an audit event shows them, before and after a change. */
export const plannedMeetingSchema = z.object({
  agenda: agendaSettingSchema.nullable(),
  plan: meetingPlanSchema.nullable(),
});
export type PlannedMeeting = z.output<typeof plannedMeetingSchema>;
export type SaveSetting = z.output<typeof saveSettingSchema>;

type AssertSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Fails to compile when a key is added to the settings but not to what can be saved, or back. */
export type EverySettingSavable = AssertSame<SaveSetting['key'], SessionSettingKey>;
