import type { Outcome, OutcomeFields } from './schema.ts';

export const COMPARED_FIELDS = ['status', 'chosenOption', 'owner', 'dueDate', 'reviewDate'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** What happened to an item between two sessions, in the words a room uses. */
export const CHANGE_KINDS = [
  /** Recorded in the later session only (the earlier one never took it up). */
  'first-recorded',
  /** Not decided before, decided now. */
  'decided',
  /** Decided before, open, deferred or escalated again now. */
  'reopened',
  /** Decided both times, for another option. */
  'decision-changed',
  /** Another move between statuses (deferred to escalated, say). */
  'status-changed',
  /** Same status and decision; owner or dates changed. */
  'details-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

export interface ItemComparison {
  itemId: string;
  /** Null when nothing the comparison looks at changed, or the later session did not take the item up. */
  kind: ChangeKind | null;
  changes: FieldChange[];
}

function valueOf(fields: OutcomeFields, field: ComparedField): string | null {
  return fields[field] || null;
}

function kindOf(before: Outcome | undefined, after: Outcome, changes: FieldChange[]): ChangeKind | null {
  if (changes.length === 0) return null;
  if (!before) return 'first-recorded';
  const changed = (field: ComparedField) => changes.some((change) => change.field === field);
  if (before.status !== 'decided' && after.status === 'decided') return 'decided';
  if (before.status === 'decided' && after.status !== 'decided' && after.status !== 'not-applicable') return 'reopened';
  if (before.status === 'decided' && after.status === 'decided' && changed('chosenOption')) return 'decision-changed';
  if (changed('status')) return 'status-changed';
  return 'details-changed';
}

/**
 * Per item, what changed between an earlier and a later session. An outcome carried over
 * unchanged is no change, and an item the later session did not take up is not reported as
 * reversed: only what the later session recorded counts.
 */
export function compareOutcomes(
  itemIds: readonly string[],
  earlier: readonly Outcome[],
  later: readonly Outcome[],
): ItemComparison[] {
  const before = new Map(earlier.map((outcome) => [outcome.itemId, outcome]));
  const after = new Map(later.map((outcome) => [outcome.itemId, outcome]));
  return itemIds.map((itemId) => {
    const now = after.get(itemId);
    if (!now) return { itemId, kind: null, changes: [] };
    const then = before.get(itemId);
    const changes = COMPARED_FIELDS.flatMap((field): FieldChange[] => {
      const previous = then ? valueOf(then, field) : field === 'status' ? 'open' : null;
      const current = valueOf(now, field);
      return previous === current ? [] : [{ field, before: previous, after: current }];
    });
    return { itemId, kind: kindOf(then, now, changes), changes };
  });
}
