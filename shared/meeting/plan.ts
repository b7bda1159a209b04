import { z } from 'zod';
import { indexBoard } from '../board/boardIndex.ts';
import type { ItemKind } from '../board/kinds.ts';
import type { Board, Item } from '../board/schema.ts';
import { reviewStanding } from '../session/review.ts';
import type { Outcome, OutcomeStatus, Session } from '../session/schema.ts';
import { DEFAULT_MINUTES } from '../timebox.ts';

export const DEFAULT_MEETING_MINUTES = 90;
export const MAX_MEETING_MINUTES = 12 * 60;
export const MAX_TIMEBOX_MINUTES = 240;

/**
 * How the facilitator means to spend the meeting: its length, a time box per item where it is not
 * the kind's default, and whether the clock starts by itself when an item opens. Which items are on
 * today's agenda (and in which order) is the session's `agenda` setting.
 */
export const meetingPlanSchema = z.object({
  lengthMinutes: z.number().int().min(1).max(MAX_MEETING_MINUTES).default(DEFAULT_MEETING_MINUTES),
  timeboxMinutes: z.record(z.string().min(1).max(200), z.number().int().min(1).max(MAX_TIMEBOX_MINUTES)).default({}),
  startTimerOnOpen: z.boolean().default(false),
});
export type MeetingPlan = z.output<typeof meetingPlanSchema>;

export const DEFAULT_PLAN: MeetingPlan = {
  lengthMinutes: DEFAULT_MEETING_MINUTES,
  timeboxMinutes: {},
  startTimerOnOpen: false,
};

/** The item's time box in seconds: as planned, else the kind's default. */
export function timeboxSeconds(plan: MeetingPlan | undefined, item: Pick<Item, 'id' | 'kind'>): number {
  return (plan?.timeboxMinutes[item.id] ?? DEFAULT_MINUTES[item.kind]) * 60;
}

/** The plan with one item's time box set (whole minutes, kept within bounds). */
export function withTimebox(plan: MeetingPlan, itemId: string, minutes: number): MeetingPlan {
  const whole = Math.round(Math.min(MAX_TIMEBOX_MINUTES, Math.max(1, minutes)));
  return { ...plan, timeboxMinutes: { ...plan.timeboxMinutes, [itemId]: whole } };
}

/** The planned total of the items on today's agenda, in seconds. */
export function plannedSeconds(plan: MeetingPlan | undefined, items: readonly Pick<Item, 'id' | 'kind'>[]): number {
  return items.reduce((total, item) => total + timeboxSeconds(plan, item), 0);
}

/** The filters that pick today's agenda from the board. */
export const PLAN_FILTERS = ['blocking', 'highRisk', 'conflicts', 'dueReview', 'deferredEscalated'] as const;
export type PlanFilter = (typeof PLAN_FILTERS)[number];

export interface PlanPick {
  filters: readonly PlanFilter[];
  kinds: readonly ItemKind[];
  /** Layer ids: items about a node in one of these lanes. */
  layers: readonly string[];
}

function matchesFilter(
  filter: PlanFilter,
  item: Item,
  outcome: Outcome | undefined,
  session: Pick<Session, 'date'>,
): boolean {
  switch (filter) {
    case 'blocking':
      return item.kind === 'open-question' && item.blocking === true;
    case 'highRisk':
      return item.kind === 'risk' && (item.severity === 'high' || item.severity === 'critical');
    case 'conflicts':
      return item.kind === 'conflict';
    case 'dueReview':
      return reviewStanding(outcome, session) === 'due-for-review';
    case 'deferredEscalated':
      return outcome?.status === 'deferred' || outcome?.status === 'escalated';
  }
}

/** The items that any of the picked filters, kinds or lanes take, in the order given. */
export function pickItems(
  board: Board,
  items: readonly Item[],
  pick: PlanPick,
  outcomes: Readonly<Record<string, Outcome>>,
  session: Pick<Session, 'date'>,
): Item[] {
  const index = indexBoard(board);
  const layers = new Set(pick.layers);
  return items.filter(
    (item) =>
      pick.filters.some((filter) => matchesFilter(filter, item, outcomes[item.id], session)) ||
      pick.kinds.includes(item.kind) ||
      (layers.size > 0 && index.nodesOfItem(item.id).some((node) => layers.has(node.layer))),
  );
}

/** Where the meeting stands against its plan, in seconds. */
export interface MeetingStanding {
  lengthSeconds: number;
  plannedSeconds: number;
  elapsedSeconds: number;
  /** Positive: behind plan by this much; negative: ahead. */
  behindSeconds: number;
}

/**
 * Planned against elapsed for the meeting as a whole: every item on today's agenda the room has
 * dealt with (no longer open) was planned at its time box, the item under discussion at what it
 * took so far up to its box; what was spent beyond that puts the meeting behind, what was left
 * unused puts it ahead. `spentSeconds` is the time spent per item, booked or still running.
 */
export function meetingStanding(
  plan: MeetingPlan | undefined,
  items: readonly Pick<Item, 'id' | 'kind'>[],
  statusOf: (itemId: string) => OutcomeStatus,
  spentSeconds: (itemId: string) => number,
  currentItemId: string | null,
): MeetingStanding {
  let elapsed = 0;
  let plannedSoFar = 0;
  for (const item of items) {
    const spent = spentSeconds(item.id);
    const box = timeboxSeconds(plan, item);
    elapsed += spent;
    if (statusOf(item.id) !== 'open') plannedSoFar += box;
    else if (item.id === currentItemId) plannedSoFar += Math.min(spent, box);
  }
  return {
    lengthSeconds: (plan?.lengthMinutes ?? DEFAULT_MEETING_MINUTES) * 60,
    plannedSeconds: plannedSeconds(plan, items),
    elapsedSeconds: elapsed,
    behindSeconds: elapsed - plannedSoFar,
  };
}
