import { agendaOrder } from './agenda.ts';
import type { Item } from './board/schema.ts';
import type { Outcome, OutcomeStatus } from './session/schema.ts';
import type { SessionSettings } from './session/settings.ts';

export type AgendaSetting = NonNullable<SessionSettings['agenda']>;

/** The agenda as the room takes it: the items in order, and those the facilitator dropped. */
export interface ArrangedAgenda {
  items: Item[];
  dropped: Item[];
}

/**
 * The facilitator's order where there is one, else the default (most pressing kinds first). Items
 * the saved order does not know (new in this board version) join at the end in default order;
 * ids the board no longer has are passed over.
 */
export function arrangeAgenda(items: readonly Item[], setting: AgendaSetting | undefined): ArrangedAgenda {
  const byId = new Map(items.map((item) => [item.id, item]));
  const dropped = new Set((setting?.dropped ?? []).filter((id) => byId.has(id)));
  const placed = new Set<string>();
  const ordered: Item[] = [];
  for (const id of setting?.order ?? []) {
    const item = byId.get(id);
    if (item && !dropped.has(id) && !placed.has(id)) {
      ordered.push(item);
      placed.add(id);
    }
  }
  for (const item of agendaOrder(items)) if (!placed.has(item.id) && !dropped.has(item.id)) ordered.push(item);
  return { items: ordered, dropped: [...dropped].map((id) => byId.get(id)!) };
}

/** The setting that keeps an arranged agenda as it is now. */
export function agendaSettingOf(agenda: ArrangedAgenda): AgendaSetting {
  return { order: agenda.items.map((item) => item.id), dropped: agenda.dropped.map((item) => item.id) };
}

/** The item moved `by` places (negative: up), kept inside the agenda; unchanged when it cannot move. */
export function moveItem(agenda: ArrangedAgenda, itemId: string, by: number): ArrangedAgenda {
  const from = agenda.items.findIndex((item) => item.id === itemId);
  if (from < 0) return agenda;
  const to = Math.min(agenda.items.length - 1, Math.max(0, from + by));
  if (to === from) return agenda;
  const items = [...agenda.items];
  const [moved] = items.splice(from, 1);
  items.splice(to, 0, moved!);
  return { ...agenda, items };
}

export function dropItem(agenda: ArrangedAgenda, itemId: string): ArrangedAgenda {
  const item = agenda.items.find((candidate) => candidate.id === itemId);
  if (!item) return agenda;
  return { items: agenda.items.filter((candidate) => candidate !== item), dropped: [...agenda.dropped, item] };
}

/** A dropped item back on the agenda, at its end. */
export function restoreItem(agenda: ArrangedAgenda, itemId: string): ArrangedAgenda {
  const item = agenda.dropped.find((candidate) => candidate.id === itemId);
  if (!item) return agenda;
  return { items: [...agenda.items, item], dropped: agenda.dropped.filter((candidate) => candidate !== item) };
}

export type WalkStep = 'next' | 'previous' | 'nextUndecided';

type StatusOf = (itemId: string) => OutcomeStatus;

/**
 * Where a step goes from the current item: the neighbour in the agenda, or the next item still
 * open after it (round to the start). Null where there is nowhere to go. Without a current item
 * (or one not on the agenda), next and next undecided start from the top, previous from the end.
 */
export function stepFrom(
  order: readonly string[],
  currentId: string | null,
  step: WalkStep,
  statusOf: StatusOf,
): string | null {
  if (order.length === 0) return null;
  const at = currentId === null ? -1 : order.indexOf(currentId);
  if (step === 'previous') {
    if (at === 0) return null;
    return order[at < 0 ? order.length - 1 : at - 1]!;
  }
  if (step === 'next') return at + 1 < order.length ? order[at + 1]! : null;
  for (let offset = 1; offset <= order.length; offset++) {
    const id = order[(at + offset + order.length) % order.length]!;
    if (id !== currentId && statusOf(id) === 'open') return id;
  }
  return null;
}

export interface AgendaProgress {
  total: number;
  decided: number;
  deferred: number;
  escalated: number;
  notApplicable: number;
  open: number;
}

/** How far the room is: counted over the items on the agenda (dropped items are not on it). */
export function agendaProgress(items: readonly Item[], outcomes: Readonly<Record<string, Outcome>>): AgendaProgress {
  const progress: AgendaProgress = {
    total: items.length,
    decided: 0,
    deferred: 0,
    escalated: 0,
    notApplicable: 0,
    open: 0,
  };
  for (const item of items) {
    const status = outcomes[item.id]?.status ?? 'open';
    if (status === 'not-applicable') progress.notApplicable += 1;
    else progress[status] += 1;
  }
  return progress;
}
