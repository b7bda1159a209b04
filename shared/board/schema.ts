import { z } from 'zod';
import { localizedTextSchema, languageSchema } from '../text.ts';
import { ITEM_KINDS, NODE_TYPES } from './kinds.ts';

/** Ids are what sessions, outcomes and other boards point at, so they stay stable across versions. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'use lower-case letters, digits, "-" or "_"');

const L = localizedTextSchema;

export const sourceRefSchema = z.strictObject({
  document: z.string().min(1),
  section: z.string().min(1),
});

export const layerSchema = z.strictObject({
  id: idSchema,
  title: L,
  description: L.optional(),
});

export const boardNodeSchema = z.strictObject({
  id: idSchema,
  layer: idSchema,
  type: z.enum(NODE_TYPES),
  /** The requirement area the node belongs to; nodes of one chain are laid out together. */
  chain: idSchema.optional(),
  label: L,
  detail: L.optional(),
  source: sourceRefSchema.optional(),
});

export const EDGE_KINDS = ['leads-to', 'constrains', 'trade-off', 'alternative'] as const;
export const boardEdgeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  kind: z.enum(EDGE_KINDS).default('leads-to'),
  label: L.optional(),
});

export const optionSchema = z.strictObject({
  id: idSchema,
  label: L,
  rationale: L.optional(),
  risks: L.optional(),
  mitigation: L.optional(),
  /** True for the option the source document recommends. */
  recommended: z.boolean().default(false),
});

const itemBase = {
  id: idSchema,
  title: L,
  summary: L.optional(),
  /** Node ids this item concerns. */
  refs: z.array(idSchema).default([]),
  source: sourceRefSchema,
  impact: L.optional(),
  options: z.array(optionSchema).default([]),
  recommendation: L.optional(),
  checklist: z.array(L).default([]),
  owner: L.optional(),
  /** Inconsistencies in the source itself, kept visible rather than silently fixed. */
  sourceNotes: z.array(L).default([]),
  /**
   * What the board's authors added from outside the sources: facts the sources do not state, and
   * choices the sources leave open. Shown apart from the source's own text.
   */
  authorNotes: z.array(L).default([]),
};

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const PRIORITY_BANDS = ['week-1', 'weeks-2-4', 'months-2-3'] as const;
export const CONFLICT_GROUPS = ['critical-inconsistency', 'conflicting-requirement'] as const;

export const conflictItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('conflict'),
  group: z.enum(CONFLICT_GROUPS),
  layer0: L,
  layer1: L,
});
export const assumptionItemSchema = z.strictObject({ ...itemBase, kind: z.literal('assumption') });
export const documentationGapItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('documentation-gap'),
});
export const riskItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('risk'),
  severity: z.enum(SEVERITIES),
});
export const recommendationItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('recommendation'),
});
export const validationPromptItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('validation-prompt'),
  question: L,
});
export const openQuestionItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('open-question'),
  /** The number the source gives it (Q1..Q44, with gaps kept as in the source). */
  number: z.number().int().positive(),
  /** Where a source numbers its questions afresh per section, the section the number belongs to. */
  series: idSchema.optional(),
  question: L,
  criteria: z.array(L).default([]),
  blocking: z.boolean().default(false),
});
/** A rule for choosing: "use X unless Y". A rule without exceptions in its source keeps `unless` empty. */
export const decisionRuleItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('decision-rule'),
  use: L,
  unless: z.array(L).default([]),
  alternatives: z.array(z.strictObject({ label: L, when: L })).default([]),
});
/** A decision the source already took; the room confirms it or revisits it. */
export const decisionItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('decision'),
  /** What the source decided. */
  decided: L,
  /** The Layer 0 requirement, constraint or principle the source ties the decision to. */
  basis: L.optional(),
  /** The source's reasons; absent where the source gives none. */
  rationale: L.optional(),
  /** The decision rule ("use X unless Y") this decision applies, where a source gives one. */
  rule: idSchema.optional(),
  /** Ids of the open questions whose answers can still change this decision. */
  dependsOn: z.array(idSchema).default([]),
  /** Conditions under which the source itself would choose otherwise (not a rule's exceptions). */
  revisitWhen: z.array(L).default([]),
  /** Alternatives the source considered, with its verdict on each. */
  alternatives: z.array(z.strictObject({ label: L, verdict: L })).default([]),
});
/** The options a source lays out with their trade-offs, without preferring one. */
export const choiceSpaceItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('choice-space'),
  options: z.array(optionSchema).min(2),
});
/** A list of checks the source gives; the room ticks what holds. */
export const checklistItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('checklist'),
  checklist: z.array(L).min(1),
});
/** How the source will tell that the goals were met: per criterion the goal, how it is met and how it is checked. */
export const successCriteriaItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('success-criteria'),
  successCriteria: z.array(z.strictObject({ criterion: L, goal: L, implementation: L, validation: L })).min(1),
});
/** What the source expects may come later, not to be decided now. */
export const outlookItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('outlook'),
  possibilities: z.array(z.strictObject({ label: L, detail: L.optional() })).min(1),
});
/** A phase of a migration roadmap, as the source numbers and times it. */
export const roadmapPhaseSchema = z.strictObject({
  number: z.number().int().positive(),
  title: L,
  /** The weeks the source gives, e.g. "1-4". */
  weeks: z.string().regex(/^\d+(-\d+)?$/, 'weeks like "1-4"'),
});

/**
 * A stage of one of the board's own layers, for work its source times by that layer's stages rather than
 * by weeks: 004 has Layer 2 "prepare now, do not activate" and "activate later (Layer 3)", which are no
 * week of the migration.
 */
export const layerStageSchema = z.strictObject({
  /** The board layer the stage belongs to. */
  layer: idSchema,
  title: L,
});

export const actionItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('action-item'),
  /** The source's urgency band; roadmap work has a `phase` instead, and work timed by a layer's own stages a `stage`. */
  priority: z.enum(PRIORITY_BANDS).optional(),
  phase: roadmapPhaseSchema.optional(),
  stage: layerStageSchema.optional(),
  ownerRole: L.optional(),
  /** Ids of the items this action closes. */
  closes: z.array(idSchema).default([]),
});

export const itemSchema = z.discriminatedUnion('kind', [
  conflictItemSchema,
  assumptionItemSchema,
  documentationGapItemSchema,
  riskItemSchema,
  recommendationItemSchema,
  validationPromptItemSchema,
  openQuestionItemSchema,
  decisionItemSchema,
  decisionRuleItemSchema,
  choiceSpaceItemSchema,
  checklistItemSchema,
  successCriteriaItemSchema,
  actionItemSchema,
  outlookItemSchema,
]);

/** Decision-tree inputs: context variables and declarative rules (no code is ever evaluated). */
export const contextVariableSchema = z.strictObject({
  id: idSchema,
  label: L,
  values: z.array(z.strictObject({ id: idSchema, label: L })).min(2),
});
export const contextRuleSchema = z.strictObject({
  id: idSchema,
  /** Every listed variable must have one of the listed values for the rule to apply. */
  when: z.record(idSchema, z.array(idSchema).min(1)),
  recommend: L,
  rationale: L,
  alternatives: z.array(L).default([]),
  refs: z.array(idSchema).default([]),
});
export const traceabilityRowSchema = z.strictObject({
  id: idSchema,
  requirement: L,
  /** Node ids along the chain, Layer 0 first. */
  refs: z.array(idSchema).min(1),
  /** Open-question numbers as the matrix cites them. */
  questions: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        asCited: L,
        /**
         * Set only where the citation means another question than the one with this number (not where
         * the wording merely differs): what the mismatch is. The matrix view flags exactly these.
         */
        mismatch: L.optional(),
      }),
    )
    .default([]),
});

export const boardMetaSchema = z.strictObject({
  id: idSchema,
  version: z.string().min(1),
  title: L,
  summary: L.optional(),
  languages: z.array(languageSchema).min(1),
  credit: z.string().min(1),
  licence: z.string().min(1),
  documents: z.array(z.strictObject({ id: z.string().min(1), title: L })).default([]),
  /** Inconsistencies in the sources that concern the board as a whole rather than one item. */
  sourceNotes: z.array(L).default([]),
  /**
   * The board a review starts from, shown first to someone who has not chosen a board yet (where
   * several boards say so, the first of them in the list).
   */
  startHere: z.boolean().default(false),
});

/** One YAML file of a pack; a pack is the union of its files. */
export const packFileSchema = z.strictObject({
  board: boardMetaSchema.optional(),
  layers: z.array(layerSchema).optional(),
  nodes: z.array(boardNodeSchema).optional(),
  edges: z.array(boardEdgeSchema).optional(),
  items: z.array(itemSchema).optional(),
  context: z
    .strictObject({
      variables: z.array(contextVariableSchema).default([]),
      rules: z.array(contextRuleSchema).default([]),
    })
    .optional(),
  traceability: z.array(traceabilityRowSchema).optional(),
});

export const boardSchema = z.strictObject({
  meta: boardMetaSchema,
  layers: z.array(layerSchema).min(1),
  nodes: z.array(boardNodeSchema),
  edges: z.array(boardEdgeSchema),
  items: z.array(itemSchema),
  context: z.strictObject({
    variables: z.array(contextVariableSchema),
    rules: z.array(contextRuleSchema),
  }),
  traceability: z.array(traceabilityRowSchema),
});

export type Layer = z.infer<typeof layerSchema>;
export type BoardNode = z.infer<typeof boardNodeSchema>;
export type BoardEdge = z.infer<typeof boardEdgeSchema>;
export type ItemOption = z.infer<typeof optionSchema>;
export type Item = z.infer<typeof itemSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
export type Board = z.infer<typeof boardSchema>;
export type LayerStage = z.infer<typeof layerStageSchema>;
export type ContextRule = z.infer<typeof contextRuleSchema>;
export type TraceabilityRow = z.infer<typeof traceabilityRowSchema>;

export { ITEM_KINDS };
