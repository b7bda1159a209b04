import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import {
  lineVerdict,
  stateAfter,
  stateOf,
  type LineVerdict,
  type RegisterEntry,
  type RegisterLine,
} from '../../../shared/session/register.ts';
import type { Outcome, Session } from '../../../shared/session/schema.ts';
import type { Store, StoredEntry } from '../db/index.ts';
import { latestOutcomes, sessionsByDate } from './latest.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Recorder } from './recorder.ts';
import { registerCalendar } from './registerCalendar.ts';
import { ServiceError } from '../errors.ts';

/** Events whose change can move an item in the register (votes and time spent cannot). */
const REGISTER_EVENTS = new Set([
  'outcome.recorded',
  'outcome.confirmed',
  'outcome.undone',
  'outcome.redone',
  'outcome.carried-over',
]);

function refOf(session: Session) {
  return { sessionId: session.id, title: session.title, date: session.date };
}

/** What the outcome came into the session as; an old carried outcome without it was never touched there. */
function baselineOf(outcome: Outcome) {
  if (!outcome.carriedFrom) return null;
  return outcome.carriedFrom.state ?? stateOf(outcome);
}

function needsOwnEntry(outcome: Outcome | null, verdict: LineVerdict | null, prior: StoredEntry | undefined) {
  if (!outcome || !verdict || outcome.status !== 'decided') return false;
  if (!prior || prior.withdrawnIn !== null) return true;
  return prior.option !== outcome.chosenOption;
}

/** What the register is read from: the app's store, or the command line's read-only one. */
export type RegisterSource = Pick<Store, 'sessions' | 'outcomes' | 'register'>;

/** A board's decision register as it stands: each entry with its state and the history of its lines. */
export function registerEntries(store: RegisterSource, boardId: string): RegisterEntry[] {
  const titles = new Map(store.sessions.list(boardId).map((session) => [session.id, session.title]));
  const named = <T extends { sessionId: string; title: string }>(ref: T): T => ({
    ...ref,
    title: titles.get(ref.sessionId) ?? ref.title,
  });
  const lines = new Map<string, RegisterLine[]>();
  for (const stored of store.register.lines(boardId)) {
    const line: RegisterLine = { ...stored, session: named(stored.session) };
    delete (line as Partial<typeof stored>).boardId;
    lines.set(line.itemId, [...(lines.get(line.itemId) ?? []), line]);
  }
  const latest = new Map(latestOutcomes(store, boardId).map(({ outcome }) => [outcome.itemId, outcome]));
  return store.register.entries(boardId).map((entry): RegisterEntry => {
    const history = lines.get(entry.itemId) ?? [];
    const last = history.at(-1);
    const superseded = entry.supersededBy !== null;
    const outcome = latest.get(entry.itemId);
    return {
      boardId: entry.boardId,
      number: entry.number,
      itemId: entry.itemId,
      option: entry.option,
      decidedIn: named(entry.decidedIn),
      decidedAt: entry.decidedAt,
      actor: entry.actor,
      status: superseded ? 'superseded' : entry.withdrawnIn ? 'deprecated' : 'accepted',
      supersedes: entry.supersedes,
      supersededBy: entry.supersededBy,
      state: superseded ? 'superseded' : last ? stateAfter(last) : 'decided',
      lastReview: last?.session ?? null,
      nextReviewDate: !superseded && outcome?.status === 'decided' ? outcome.reviewDate : null,
      history,
    };
  });
}

/**
 * The board's decision register, kept in step with every change to an outcome (inside the same
 * transaction, through the recorder): an item gets a number the first time it is decided, a
 * reversal gives the new decision its own number and marks the earlier one superseded.
 */
export function registerService(store: Store, record: Recorder) {
  function syncLine(session: Session, itemId: string, outcome: Outcome | null, actor: string, at: string) {
    const verdict = outcome ? lineVerdict(baselineOf(outcome), outcome) : null;
    if (!outcome || !verdict) {
      store.register.removeLine(session.boardId, itemId, session.id);
      return verdict;
    }
    store.register.saveLine({
      boardId: session.boardId,
      itemId,
      session: refOf(session),
      kind: verdict.kind,
      status: outcome.status,
      option: outcome.chosenOption,
      previousOption: verdict.previousOption,
      changes: verdict.changes,
      actor,
      at,
    });
    return verdict;
  }

  function syncEntries(session: Session, itemId: string, outcome: Outcome | null, verdict: LineVerdict | null) {
    const { register } = store;
    const all = register.entriesOfItem(session.boardId, itemId);
    const own = all.find((entry) => entry.decidedIn.sessionId === session.id);
    const prior = all.filter((entry) => entry !== own).at(-1);
    if (needsOwnEntry(outcome, verdict, prior)) {
      const line = register.line(session.boardId, itemId, session.id);
      const number = own?.number ?? register.nextNumber(session.boardId);
      register.saveEntry({
        boardId: session.boardId,
        number,
        itemId,
        option: outcome!.chosenOption,
        decidedIn: refOf(session),
        decidedAt: own?.decidedAt ?? line?.at ?? outcome!.updatedAt,
        actor: line?.actor ?? session.facilitator,
        supersedes: prior?.number ?? null,
        supersededBy: null,
        withdrawnIn: null,
      });
      if (prior && prior.supersededBy !== number) register.saveEntry({ ...prior, supersededBy: number });
      return;
    }
    if (own) {
      register.removeEntry(session.boardId, own.number);
      if (prior?.supersededBy === own.number) register.saveEntry({ ...prior, supersededBy: null });
    }
    if (!prior) return;
    const withdrawn = verdict?.kind === 'withdrawn';
    if (withdrawn && prior.withdrawnIn !== session.id) register.saveEntry({ ...prior, withdrawnIn: session.id });
    if (!withdrawn && prior.withdrawnIn === session.id) register.saveEntry({ ...prior, withdrawnIn: null });
  }

  /** Brings the register in line with one item's outcome in one session. */
  function sync(sessionId: string, itemId: string, actor: string, at: string): void {
    const session = store.sessions.get(sessionId);
    if (!session) return;
    const outcome = store.outcomes.get(sessionId, itemId) ?? null;
    const verdict = syncLine(session, itemId, outcome, actor, at);
    syncEntries(session, itemId, outcome, verdict);
  }

  /** Every outcome of a session (after an import, or a database from before the register). */
  function syncSession(session: Session): void {
    const actors = new Map<string, string>();
    for (const event of store.events.list(session.id)) if (event.itemId) actors.set(event.itemId, event.actor);
    for (const outcome of store.outcomes.list(session.id))
      sync(session.id, outcome.itemId, actors.get(outcome.itemId) ?? session.facilitator, outcome.updatedAt);
  }

  record.onChange((sessionId, event, actor, at) => {
    if (event.itemId && REGISTER_EVENTS.has(event.type)) sync(sessionId, event.itemId, actor, at);
  });

  /** A register for every board that has sessions from before the register existed, built once. */
  function backfill(): void {
    const boards = new Set(store.sessions.list().map((session) => session.boardId));
    for (const boardId of boards) {
      if (!store.register.isEmpty(boardId)) continue;
      store.transaction(() => sessionsByDate(store, boardId).forEach(syncSession));
    }
  }

  const entries = (boardId: string) => registerEntries(store, boardId);

  return {
    sync,
    syncSession,
    backfill,
    entries,
    /** The entry an item's standing decision is, if it has one. */
    currentEntry(boardId: string, itemId: string): RegisterEntry | undefined {
      return entries(boardId)
        .filter((entry) => entry.itemId === itemId && entry.status !== 'superseded')
        .at(-1);
    },
    list(input: ApiParsedInput<'register.list'>): ApiOutput<'register.list'> {
      return entries(input.boardId);
    },
    history(input: ApiParsedInput<'register.history'>): ApiOutput<'register.history'> {
      return entries(input.boardId).filter((entry) => entry.itemId === input.itemId);
    },
    /** The review dates of the board's standing decisions as an .ics calendar. */
    calendar(input: ApiParsedInput<'register.ics'>): ApiOutput<'register.ics'> {
      const version = store.boardVersions.newest(input.boardId);
      if (!version) throw new ServiceError('not-found', 'boardNotFound', { board: input.boardId });
      return registerCalendar(version.board, entries(input.boardId), input.language, new Date());
    },
    purges(): ApiOutput<'register.purges'> {
      return store.register.purges();
    },
  };
}

export type RegisterService = ReturnType<typeof registerService>;

/** The register's methods of the contract. */
export function registerHandlers(register: RegisterService) {
  return {
    'register.list': (input) => register.list(input),
    'register.history': (input) => register.history(input),
    'register.purges': () => register.purges(),
    'register.ics': (input) => register.calendar(input),
  } satisfies HandlerGroup;
}
