import type { ItemKind } from './board/kinds.ts';
import type { Item } from './board/schema.ts';
import { OUTCOME_STATUSES, type Outcome, type OutcomeStatus } from './session/schema.ts';

/** The order a review walks through: the most pressing kinds first, each kind in the board's order. */
export const AGENDA_KIND_ORDER: readonly ItemKind[] = [
  'conflict',
  'risk',
  'open-question',
  'assumption',
  'documentation-gap',
  'decision',
  'decision-rule',
  'choice-space',
  'validation-prompt',
  'recommendation',
  'checklist',
  'success-criteria',
  'action-item',
  'outlook',
];

export function agendaOrder(items: readonly Item[]): Item[] {
  const rank = new Map(AGENDA_KIND_ORDER.map((kind, index) => [kind, index]));
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank.get(a.item.kind)! - rank.get(b.item.kind)! || a.index - b.index)
    .map((entry) => entry.item);
}

export function statusOf(itemId: string, outcomes: ReadonlyMap<string, Outcome>): OutcomeStatus {
  return outcomes.get(itemId)?.status ?? 'open';
}

/** How many items stand at each status; an item nobody touched yet counts as open. */
export function statusCounts(items: readonly Item[], outcomes: readonly Outcome[]): Record<OutcomeStatus, number> {
  const byItem = new Map(outcomes.map((outcome) => [outcome.itemId, outcome]));
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((status) => [status, 0])) as Record<OutcomeStatus, number>;
  for (const item of items) counts[statusOf(item.id, byItem)] += 1;
  return counts;
}
