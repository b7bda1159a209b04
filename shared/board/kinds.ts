export const ITEM_KINDS = [
  'conflict',
  'assumption',
  'documentation-gap',
  'risk',
  'recommendation',
  'validation-prompt',
  'open-question',
  'decision',
  'decision-rule',
  'choice-space',
  'checklist',
  'success-criteria',
  'action-item',
  'outlook',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const NODE_TYPES = [
  'business-requirement',
  'constraint',
  'principle',
  'technical-requirement',
  'platform-capability',
  'tool-choice',
  'trigger',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
