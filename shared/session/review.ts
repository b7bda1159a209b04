import type { Item } from '../board/schema.ts';
import type { Outcome, Session } from './schema.ts';

/** Statuses that still wait for the room. */
const PENDING = new Set(['open', 'deferred', 'escalated']);

/**
 * A decision whose review date has come by the given day (an ISO date, like a session's date), and
 * that the session holding it has not confirmed already.
 */
export function isDueForReview(outcome: Outcome, asOf: string): boolean {
  if (outcome.confirmedAt) return false;
  return outcome.status === 'decided' && outcome.reviewDate !== null && outcome.reviewDate <= asOf;
}

/** A due date that lies before the given day, on anything not set aside as not applicable. */
export function isOverdue(outcome: Outcome, asOf: string): boolean {
  return outcome.dueDate !== null && outcome.dueDate < asOf && outcome.status !== 'not-applicable';
}

/** How an item stands in a review that follows another one. */
export type ReviewStanding =
  /** Carried over open, deferred or escalated: the room takes it up first. */
  | 'carried-pending'
  /** Decided earlier, and its review date has come. */
  | 'due-for-review'
  /** Not carried over: new on the board, or never taken up before. */
  | 'fresh'
  /** Decided (or set aside) earlier and not due: the room need not revisit it. */
  | 'carried-settled';

export function reviewStanding(outcome: Outcome | undefined, session: Pick<Session, 'date'>): ReviewStanding {
  if (!outcome?.carriedFrom) return 'fresh';
  if (isDueForReview(outcome, session.date)) return 'due-for-review';
  return PENDING.has(outcome.status) ? 'carried-pending' : 'carried-settled';
}

const STANDING_ORDER: readonly ReviewStanding[] = ['carried-pending', 'due-for-review', 'fresh', 'carried-settled'];

/**
 * The agenda of a review that follows another: what is still pending first, then decisions due
 * for review, then what is new, and what was settled last; each group keeps the order it had.
 * In a first review nothing is carried over, so the order is as given.
 */
export function reviewAgendaOrder(
  items: readonly Item[],
  outcomes: ReadonlyMap<string, Outcome>,
  session: Pick<Session, 'date'>,
): Item[] {
  const rank = (item: Item) => STANDING_ORDER.indexOf(reviewStanding(outcomes.get(item.id), session));
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}
