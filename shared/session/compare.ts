import type { Outcome, OutcomeFields } from './schema.ts';
import { EMPTY_OUTCOME } from './schema.ts';

export const COMPARED_FIELDS = ['status', 'chosenOption', 'owner', 'dueDate'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

export interface ItemComparison {
  itemId: string;
  changes: FieldChange[];
}

function fieldsOf(outcome: Outcome | undefined): OutcomeFields {
  return outcome ?? EMPTY_OUTCOME;
}

/** Per item, what changed between an earlier and a later session in status, decision, owner and due date. */
export function compareOutcomes(
  itemIds: readonly string[],
  earlier: readonly Outcome[],
  later: readonly Outcome[],
): ItemComparison[] {
  const before = new Map(earlier.map((outcome) => [outcome.itemId, outcome]));
  const after = new Map(later.map((outcome) => [outcome.itemId, outcome]));
  return itemIds.map((itemId) => {
    const a = fieldsOf(before.get(itemId));
    const b = fieldsOf(after.get(itemId));
    const changes = COMPARED_FIELDS.filter((field) => (a[field] || null) !== (b[field] || null)).map((field) => ({
      field,
      before: a[field] || null,
      after: b[field] || null,
    }));
    return { itemId, changes };
  });
}
