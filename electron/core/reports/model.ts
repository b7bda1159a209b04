import { z } from 'zod';
import { ITEM_KINDS } from '../../../shared/board/kinds.ts';
import { PRIORITY_BANDS, SEVERITIES } from '../../../shared/board/schema.ts';
import { OPTIONAL_SECTIONS } from '../../../shared/report/options.ts';
import { CHANGE_KINDS, COMPARED_FIELDS } from '../../../shared/session/compare.ts';
import { EVENT_TYPES } from '../../../shared/session/events.ts';
import { OUTCOME_STATUSES } from '../../../shared/session/schema.ts';
import { LANGUAGES } from '../../../shared/text.ts';

/**
 * The one report of a session, from which every format is rendered (PDF, MADR, CSV, JSON). Board
 * texts are already in the report's language; statuses, kinds, fields and event types stay codes,
 * which each format names in its own way. The JSON export is this model as it is: a change to its
 * shape raises REPORT_MODEL_VERSION, and `npm run schema` writes resources/report/report.schema.json anew.
 */
export const REPORT_MODEL_VERSION = 2;
export const REPORT_FORMAT_ID = 'boardwalk-report';
/** The JSON Schema's `$id`, which every JSON export names as its `$schema`. */
export const REPORT_SCHEMA_ID = `urn:boardwalk:report-schema:v${REPORT_MODEL_VERSION}`;
/** Fields a handout leaves empty unless asked for. */
export const PRIVATE_FIELDS = ['items[].outcome.notes', 'items[].outcome.votes[].voters'] as const;

const d = (description: string) => ({ description });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(OUTCOME_STATUSES).meta(d('Outcome status code'));
const kind = z.enum(ITEM_KINDS).meta(d('Item kind code'));
const text = z.string();

export const itemRefSchema = z.object({ id: z.string(), kind, title: text });
export type ItemRef = z.infer<typeof itemRefSchema>;

const coverSchema = z.object({
  board: z.object({
    id: z.string(),
    title: text,
    version: z.string(),
    hash: z.string().meta(d('Content hash of the board version the session was held on')),
    credit: z.string(),
    licence: z.string(),
  }),
  session: z.object({
    id: z.string(),
    title: text,
    date: isoDate,
    facilitator: text,
    participants: z.array(text),
    closedAt: z.string().nullable(),
    summary: text.meta(d("The facilitator's written summary of the session")),
  }),
  previousSession: z
    .object({ id: z.string(), title: text, date: isoDate })
    .nullable()
    .meta(d('The review this session follows, if any')),
});

const criticalItemSchema = itemRefSchema.extend({
  reason: z.enum(['critical-risk', 'critical-inconsistency']),
  status,
  chosenOption: text.nullable(),
});

const attentionSchema = z
  .object({
    escalations: z.array(itemRefSchema.extend({ owner: text, dueDate: isoDate.nullable(), rationale: text })),
    overdue: z.array(itemRefSchema.extend({ owner: text, dueDate: isoDate })),
    blockingOpen: z.array(itemRefSchema.extend({ number: z.number().int(), status })),
  })
  .meta(d('What needs attention: escalations with their deadlines, overdue actions, blocking questions still open'));

const summarySchema = z.object({
  counts: z
    .object({
      open: z.number().int(),
      decided: z.number().int(),
      deferred: z.number().int(),
      escalated: z.number().int(),
      'not-applicable': z.number().int(),
    })
    .meta(d('Items per status; an item without an outcome counts as open')),
  total: z.number().int(),
  shown: z.number().int().meta(d('Items the report shows')),
  leftOut: z.number().int().meta(d('Undecided items left out of the report')),
  byKind: z.array(z.object({ kind, total: z.number().int(), shown: z.number().int() })),
  blockingOpen: z.number().int().meta(d('Blocking open questions not yet decided')),
  critical: z.array(criticalItemSchema),
  timeSpentSeconds: z.number().int(),
  attention: attentionSchema,
});

const contextSchema = z
  .object({
    choices: z.array(
      z.object({
        variable: z.object({ id: z.string(), label: text }),
        value: z.object({ id: z.string(), label: text }),
      }),
    ),
    recommendations: z.array(
      z.object({ id: z.string(), recommend: text, rationale: text, alternatives: z.array(text) }),
    ),
  })
  .meta(d("The decision-tree context the room chose, and the board's recommendations that follow from it"));

const decisionRowSchema = itemRefSchema.extend({
  status,
  chosenOption: text.nullable().meta(d('Label of the chosen option')),
  rationale: text,
  owner: text,
  dueDate: isoDate.nullable(),
  reviewDate: isoDate.nullable(),
  timeSpentSeconds: z.number().int(),
  severity: z.enum(SEVERITIES).nullable().meta(d('For a risk: its severity')),
  overdue: z.boolean().meta(d('The due date lies before asOf and the outcome is not settled')),
  votes: z.string().meta(d('The vote tally, "option: count; …", most votes first')),
});

const changesSchema = z.object({
  previous: z.object({ id: z.string(), title: text, date: isoDate }),
  items: z.array(
    itemRefSchema.extend({
      change: z.enum(CHANGE_KINDS).meta(d('What happened to the item, in the words a room uses')),
      changes: z.array(z.object({ field: z.enum(COMPARED_FIELDS), before: text.nullable(), after: text.nullable() })),
    }),
  ),
});

const optionViewSchema = z.object({
  id: z.string(),
  label: text,
  recommended: z.boolean().meta(d('The option the source recommends')),
  chosen: z.boolean(),
  rationale: text.nullable(),
  risks: text.nullable(),
  mitigation: text.nullable(),
});

const outcomeViewSchema = z.object({
  status,
  chosenOption: z.object({ id: z.string(), label: text }).nullable(),
  rationale: text,
  owner: text,
  dueDate: isoDate.nullable(),
  reviewDate: isoDate.nullable(),
  checklist: z.array(z.object({ text, ticked: z.boolean() })),
  votes: z
    .array(
      z.object({
        option: text,
        count: z.number().int(),
        voters: z.array(text).meta(d('Who voted for it: only when the export asked for names')),
      }),
    )
    .meta(d('The votes as a tally per option, most votes first')),
  notes: text.meta(d("Private: the facilitator's notes, empty unless the export asked for them")),
  timeSpentSeconds: z.number().int(),
  updatedAt: z.string().nullable(),
  carriedFrom: z.object({ sessionId: z.string(), title: text, date: z.string() }).nullable(),
});

const sourceDecisionSchema = z
  .object({
    decided: text,
    basis: text.nullable(),
    rationale: text.nullable(),
    revisitWhen: z.array(text),
    alternatives: z.array(z.object({ label: text, verdict: text })),
  })
  .meta(d('What the source already decided (items of kind decision)'));

export const CHAIN_RELATIONS = ['depends-on', 'applies-rule', 'closes'] as const;
export type ChainRelation = (typeof CHAIN_RELATIONS)[number];

const chainNodeSchema = itemRefSchema.extend({
  status,
  depth: z.number().int().meta(d('Column: prerequisites negative, the item itself 0, what builds on it positive')),
});
const chainSchema = z
  .object({
    nodes: z.array(chainNodeSchema),
    links: z.array(z.object({ from: z.string(), to: z.string(), relation: z.enum(CHAIN_RELATIONS) })),
  })
  .meta(d('The items an item depends on and those that depend on it, two links either way'));

const itemPageSchema = itemRefSchema.extend({
  summary: text.nullable(),
  question: text.nullable(),
  source: z.object({ document: text, section: z.string() }),
  concerns: z.array(z.object({ id: z.string(), label: text, layer: text })),
  options: z.array(optionViewSchema),
  sourceRecommendation: text.nullable(),
  sourceDecision: sourceDecisionSchema.nullable(),
  outcome: outcomeViewSchema,
  authorNotes: z.array(text).meta(d("Facts the board's authors added from outside the sources")),
  sourceNotes: z.array(text).meta(d('Inconsistencies in the sources themselves')),
  chain: chainSchema,
});

const blockingSchema = itemRefSchema.extend({
  number: z.number().int(),
  question: text,
  status,
  holdsUp: z.array(itemRefSchema).meta(d('Decisions whose outcome this question can still change')),
});

const riskRowSchema = itemRefSchema.extend({
  severity: z.enum(SEVERITIES),
  status,
  chosenOption: text.nullable(),
  owner: text,
  dueDate: isoDate.nullable(),
  recorded: z.boolean().meta(d('Whether this session recorded an outcome for the risk')),
});

export const actionBandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('priority'), priority: z.enum(PRIORITY_BANDS) }),
  z.object({ type: z.literal('phase'), number: z.number().int(), title: text, weeks: z.string() }),
  z.object({
    type: z.literal('stage'),
    title: text,
    layer: text.meta(d('The title of the board layer whose stage it is')),
  }),
  z.object({ type: z.literal('none') }),
]);
export type ActionBand = z.infer<typeof actionBandSchema>;

const actionRowSchema = itemRefSchema.extend({
  what: text.meta(d('What is to be done: the chosen option, else the item itself')),
  ownerRole: text.nullable(),
  owner: text,
  status,
  dueDate: isoDate.nullable(),
  overdue: z.boolean().meta(d('The due date lies before the date the report counts from (asOf)')),
  band: actionBandSchema.nullable().meta(d("An action item's urgency or roadmap phase")),
  closes: z.array(itemRefSchema),
});

const auditRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: text.meta(d('Who made the change: the facilitator, or the participant who cast the vote')),
  type: z.enum(EVENT_TYPES),
  item: itemRefSchema.nullable(),
  fields: z.array(z.string()).meta(d('For changes to an outcome: the fields that changed')),
  undone: z.boolean(),
});

export const reportModelSchema = z
  .object({
    format: z.literal(REPORT_FORMAT_ID),
    version: z.literal(REPORT_MODEL_VERSION),
    language: z.enum(LANGUAGES),
    generatedAt: z.string(),
    $schema: z.string().meta(d('The $id of the JSON Schema this export follows')),
    options: z.object({
      includeUndecided: z.boolean(),
      omitSections: z.array(z.enum(OPTIONAL_SECTIONS)),
      includeNotes: z.boolean(),
      voterNames: z.boolean(),
    }),
    privateFields: z
      .array(z.string())
      .meta(d('Paths of the fields that are private: left empty unless the export asked for them (options)')),
    asOf: isoDate.meta(d('The date overdue is counted from: the day of the export')),
    cover: coverSchema,
    summary: summarySchema,
    context: contextSchema.nullable(),
    decisions: z.array(decisionRowSchema).meta(d('Every item the report shows, in agenda order')),
    changes: changesSchema.nullable().meta(d('What changed since the review this session follows')),
    items: z.array(itemPageSchema).meta(d('Decided, deferred and escalated items in full')),
    blocking: z.array(blockingSchema),
    risks: z
      .array(riskRowSchema)
      .meta(d('Every risk of the board, open high and critical ones first, then by severity')),
    actions: z
      .array(actionRowSchema)
      .meta(
        d(
          "Who does what by when: every outcome with an owner or a due date, and the board's action items the session took up",
        ),
      ),
    audit: z.array(auditRowSchema).meta(d('The changes to the session and to the items the report shows')),
  })
  .strict();

export type ReportModel = z.infer<typeof reportModelSchema>;

export type ReportSummary = ReportModel['summary'];
export type CriticalItem = z.infer<typeof criticalItemSchema>;
export type ContextSection = z.infer<typeof contextSchema>;
export type DecisionRow = z.infer<typeof decisionRowSchema>;
export type ChangesSection = z.infer<typeof changesSchema>;
export type OptionView = z.infer<typeof optionViewSchema>;
export type OutcomeView = z.infer<typeof outcomeViewSchema>;
export type Chain = z.infer<typeof chainSchema>;
export type ChainNode = z.infer<typeof chainNodeSchema>;
export type ItemPage = z.infer<typeof itemPageSchema>;
export type BlockingQuestion = z.infer<typeof blockingSchema>;
export type RiskRow = z.infer<typeof riskRowSchema>;
export type ActionRow = z.infer<typeof actionRowSchema>;
export type AuditRow = z.infer<typeof auditRowSchema>;

/** The JSON Schema of the JSON export, generated from the model so the two never drift. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportModelSchema, { io: 'output' }),
    $id: REPORT_SCHEMA_ID,
    title: 'Boardwalk decision report',
    description:
      'A session of an architecture decision board as Boardwalk exports it (format "boardwalk-report"): cover, ' +
      'summary, decisions, changes since the previous review, item pages, blocking questions, risk register, ' +
      'action items and audit trail. Texts are in the report language; statuses, kinds and event types are codes.',
  };
}
