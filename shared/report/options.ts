import { z } from 'zod';

/**
 * What a report can be exported as: the A4 PDF, its HTML source, MADR Markdown ADRs (a zip), the
 * outcomes and action items as CSV (a zip of two files) and the documented JSON.
 */
export const REPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'json'] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** Sections of the report a user may leave out; the cover, summary and decisions table always stay. */
export const OPTIONAL_SECTIONS = ['context', 'changes', 'items', 'blocking', 'risks', 'actions', 'audit'] as const;
export const optionalSectionSchema = z.enum(OPTIONAL_SECTIONS);
export type OptionalSection = z.infer<typeof optionalSectionSchema>;

/**
 * How a report is cut: undecided items left out unless asked for, and sections left out by name.
 * A handout keeps what is private out unless asked for: the outcomes' notes, and who voted for what
 * (a vote is shown as a tally per option).
 */
export const reportOptionsSchema = z.object({
  includeUndecided: z.boolean().default(false),
  omitSections: z.array(optionalSectionSchema).max(OPTIONAL_SECTIONS.length).default([]),
  includeNotes: z.boolean().default(false),
  voterNames: z.boolean().default(false),
});
export type ReportOptions = z.output<typeof reportOptionsSchema>;
