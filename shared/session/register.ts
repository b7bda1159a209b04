import { z } from 'zod';
import { outcomeStatusSchema, type CarriedState, type Outcome, type OutcomeStatus } from './schema.ts';

/**
 * A board's decision register: every decision ever taken on the board (by board id, across its
 * versions), numbered once and for ever, with one history line per session that touched it.
 */

/** What a session did to an item, in the words of the log. */
export const REGISTER_LINE_KINDS = [
  'decided',
  'confirmed',
  'changed',
  'reversed',
  'deferred',
  'escalated',
  'reopened',
  'withdrawn',
] as const;
export const registerLineKindSchema = z.enum(REGISTER_LINE_KINDS);
export type RegisterLineKind = z.infer<typeof registerLineKindSchema>;

/** The fields whose change a history line names. */
export const REGISTER_FIELDS = ['status', 'chosenOption', 'owner', 'dueDate', 'reviewDate'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export const registerChangeSchema = z.object({
  field: z.enum(REGISTER_FIELDS),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type RegisterChange = z.infer<typeof registerChangeSchema>;

export const registerSessionRefSchema = z.object({ sessionId: z.string(), title: z.string(), date: z.string() });

export const registerLineSchema = z.object({
  itemId: z.string(),
  session: registerSessionRefSchema,
  kind: registerLineKindSchema,
  /** The item's status after this session. */
  status: outcomeStatusSchema,
  /** The option chosen after this session (for a decision), and before it where a reversal changed it. */
  option: z.string().nullable(),
  previousOption: z.string().nullable(),
  changes: z.array(registerChangeSchema),
  actor: z.string(),
  at: z.string(),
});
export type RegisterLine = z.infer<typeof registerLineSchema>;

/** The MADR status of a decision record. */
export const REGISTER_STATUSES = ['accepted', 'superseded', 'deprecated'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Where an item stands now, for the log's filter. */
export const REGISTER_STATES = [
  'decided',
  'confirmed',
  'reopened',
  'deferred',
  'escalated',
  'withdrawn',
  'superseded',
] as const;
export type RegisterState = (typeof REGISTER_STATES)[number];

export const registerEntrySchema = z.object({
  boardId: z.string(),
  number: z.number().int().positive(),
  itemId: z.string(),
  /** The option this decision chose (an option id), or null for an item without options. */
  option: z.string().nullable(),
  /** The session the decision was taken in, and who recorded it when. */
  decidedIn: registerSessionRefSchema,
  decidedAt: z.string(),
  actor: z.string(),
  status: z.enum(REGISTER_STATUSES),
  supersedes: z.number().int().nullable(),
  supersededBy: z.number().int().nullable(),
  state: z.enum(REGISTER_STATES),
  /** The last session that touched the item. */
  lastReview: registerSessionRefSchema.nullable(),
  nextReviewDate: z.string().nullable(),
  history: z.array(registerLineSchema),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** A decision as it stands in an outcome, in the fields the register follows. */
export function stateOf(outcome: Pick<Outcome, RegisterField>): CarriedState {
  return {
    status: outcome.status,
    chosenOption: outcome.chosenOption,
    owner: outcome.owner,
    dueDate: outcome.dueDate,
    reviewDate: outcome.reviewDate,
  };
}

export function changesBetween(before: CarriedState | null, after: CarriedState): RegisterChange[] {
  return REGISTER_FIELDS.flatMap((field): RegisterChange[] => {
    const previous = before ? before[field] || null : field === 'status' ? 'open' : null;
    const current = after[field] || null;
    return previous === current ? [] : [{ field, before: previous, after: current }];
  });
}

export interface LineVerdict {
  kind: RegisterLineKind;
  changes: RegisterChange[];
  previousOption: string | null;
}

const PENDING_KINDS = { open: 'reopened', deferred: 'deferred', escalated: 'escalated' } as const;

/**
 * What a session did to an item: its outcome now against the state it came in with (null for an
 * item not carried in). Null when the session left it as it came (or only took notes on it).
 */
export function lineVerdict(baseline: CarriedState | null, outcome: Outcome): LineVerdict | null {
  const now = stateOf(outcome);
  const changes = changesBetween(baseline, now);
  const was = baseline?.status ?? 'open';
  if (outcome.confirmedAt && changes.every((change) => change.field === 'reviewDate'))
    return { kind: 'confirmed', changes, previousOption: null };
  if (changes.length === 0) return null;
  if (now.status === 'decided') {
    if (was !== 'decided') return { kind: 'decided', changes, previousOption: null };
    if (baseline?.chosenOption !== now.chosenOption)
      return { kind: 'reversed', changes, previousOption: baseline?.chosenOption ?? null };
    return { kind: 'changed', changes, previousOption: null };
  }
  if (now.status === 'not-applicable')
    return was === 'decided' ? { kind: 'withdrawn', changes, previousOption: null } : null;
  if (now.status === was && was !== 'open') return { kind: 'changed', changes, previousOption: null };
  if (now.status === 'open' && was !== 'decided') return null;
  return { kind: PENDING_KINDS[now.status], changes, previousOption: null };
}

const STATE_OF_STATUS: Record<OutcomeStatus, RegisterState> = {
  decided: 'decided',
  open: 'reopened',
  deferred: 'deferred',
  escalated: 'escalated',
  'not-applicable': 'withdrawn',
};

/** Where an item stands after its latest line. */
export function stateAfter(line: Pick<RegisterLine, 'kind' | 'status'>): RegisterState {
  return line.kind === 'confirmed' ? 'confirmed' : STATE_OF_STATUS[line.status];
}

/** A decision's number as the log and file names write it: 0007. */
export function decisionNumber(number: number): string {
  return String(number).padStart(4, '0');
}

export interface RegisterFilter {
  /** Only decisions in this state; all when absent. */
  state?: RegisterState;
  /** Only standing decisions whose next review falls on or before this ISO date. */
  dueBy?: string;
}

/** The log's filter: by state, and by review date. */
export function filterRegister(entries: readonly RegisterEntry[], filter: RegisterFilter): RegisterEntry[] {
  return entries.filter(
    (entry) =>
      (!filter.state || entry.state === filter.state) &&
      (!filter.dueBy || (entry.nextReviewDate !== null && entry.nextReviewDate <= filter.dueBy)),
  );
}
