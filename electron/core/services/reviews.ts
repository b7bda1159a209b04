import { agendaOrder } from '../../../shared/agenda.ts';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Item } from '../../../shared/board/schema.ts';
import { compareOutcomes } from '../../../shared/session/compare.ts';
import { outcomeMisfits } from '../../../shared/session/fit.ts';
import { isDueForReview, reviewAgendaOrder } from '../../../shared/session/review.ts';
import { stateOf } from '../../../shared/session/register.ts';
import type { CarriedFrom, Outcome, Session } from '../../../shared/session/schema.ts';
import type { Store, StoredBoardVersion } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import { latestOutcomes } from './latest.ts';
import type { Recorder } from './recorder.ts';
import type { RegisterService } from './register.ts';
import type { SessionService } from './sessions.ts';

/**
 * An outcome as it starts the next session: the decision, rationale, owner, dates and checklist
 * stay; votes and time belong to the meeting they were cast in. What the item no longer has (an
 * option or a checklist line removed in a newer board version) is let go, and said so.
 */
function carriedOutcome(outcome: Outcome, item: Item, session: Session, from: CarriedFrom, at: string) {
  const copy: Outcome = {
    ...outcome,
    sessionId: session.id,
    votes: {},
    timeSpentSeconds: 0,
    carriedFrom: from,
    confirmedAt: null,
    updatedAt: at,
  };
  const misfits = outcomeMisfits(item, session.participants, copy);
  for (const misfit of misfits) {
    if (misfit.path[0] === 'chosenOption') copy.chosenOption = null;
    if (misfit.path[0] === 'checklist') {
      copy.checklist = { ...copy.checklist };
      delete copy.checklist[String(misfit.path[1])];
    }
  }
  return { copy, adjusted: misfits.length > 0 };
}

function sessionRef(session: Session): CarriedFrom {
  return { sessionId: session.id, title: session.title, date: session.date };
}

/**
 * Where an outcome comes from as it starts the next session: a decision the session it was in
 * left standing (confirmed, or a detail changed) still comes from where it was taken; anything
 * that session decided, reversed or moved comes from that session. With it goes the state it
 * starts the new session in, which that session's changes are measured against.
 */
function provenance(outcome: Outcome, session: Session): CarriedFrom {
  const from = outcome.carriedFrom;
  const state = stateOf(outcome);
  const kept =
    from && (!from.state || (from.state.status === state.status && from.state.chosenOption === state.chosenOption));
  const where = kept ? { sessionId: from.sessionId, title: from.title, date: from.date } : sessionRef(session);
  return { ...where, state };
}

/** Working across sessions: the next quarterly review, decisions due for review, and what changed. */
export function reviewService(store: Store, sessions: SessionService, register: RegisterService, record: Recorder) {
  function newestVersion(boardId: string): StoredBoardVersion {
    const newest = store.boardVersions.newest(boardId);
    if (!newest) throw new ServiceError('not-found', 'boardNotFound', { board: boardId });
    return newest;
  }

  /** Copies outcomes into a new session, each with its own audit event pointing back to where it came from. */
  function carry(session: Session, version: StoredBoardVersion, outcomes: { outcome: Outcome; from: CarriedFrom }[]) {
    const items = indexBoard(version.board).itemById;
    const carried: string[] = [];
    const dropped: string[] = [];
    const adjusted: string[] = [];
    for (const { outcome, from } of outcomes) {
      const item = items.get(outcome.itemId);
      if (!item) {
        dropped.push(outcome.itemId);
        continue;
      }
      record(session, undefined, (at) => {
        const { copy, adjusted: changed } = carriedOutcome(outcome, item, session, from, at);
        store.outcomes.save(copy);
        if (changed) adjusted.push(outcome.itemId);
        return {
          result: copy,
          event: { type: 'outcome.carried-over', itemId: outcome.itemId, refEventId: null, before: from, after: copy },
        };
      });
      carried.push(outcome.itemId);
    }
    saveReviewAgenda(session, version);
    return { carried, dropped, adjusted };
  }

  /**
   * The agenda the room walks, fixed when the review starts: pending items first, then decisions
   * due for review, then what is new, and what was settled last. Fixed, so that deciding an item
   * does not move it while the room walks on.
   */
  function saveReviewAgenda(session: Session, version: StoredBoardVersion): void {
    const outcomes = new Map(store.outcomes.list(session.id).map((outcome) => [outcome.itemId, outcome]));
    const order = reviewAgendaOrder(agendaOrder(version.board.items), outcomes, session).map((item) => item.id);
    sessions.saveSettingOf(session, { key: 'agenda', value: { order, dropped: [] } });
  }

  function dueForReview(boardId: string, asOf: string) {
    return latestOutcomes(store, boardId).filter(({ outcome }) => isDueForReview(outcome, asOf));
  }

  /** The session a standing decision was taken in: the register knows; before it, the outcome's provenance. */
  function decidedIn(outcome: Outcome, session: Session): CarriedFrom {
    const entry = register.currentEntry(session.boardId, outcome.itemId);
    if (entry) return entry.decidedIn;
    const { sessionId, title, date } = provenance(outcome, session);
    return { sessionId, title, date };
  }

  return {
    /**
     * Starts the next review on the newest board version from where the board's reviews ended:
     * every item's latest outcome comes along (decided ones stay decided), marked with the session
     * it was decided in, so the room takes up what is pending or due and need not redo the rest.
     */
    nextReview(input: ApiParsedInput<'sessions.nextReview'>): ApiOutput<'sessions.nextReview'> {
      let previous = sessions.findSession(input.sessionId);
      if (!previous.closedAt && !input.closePrevious) throw new ServiceError('conflict', 'closeBeforeNextReview');
      const newest = newestVersion(previous.boardId);
      return store.transaction(() => {
        if (!previous.closedAt) previous = sessions.close({ sessionId: previous.id, actor: input.actor });
        const outcomes = latestOutcomes(store, previous.boardId).map(({ outcome, session }) => ({
          outcome,
          from: provenance(outcome, session),
        }));
        const session = sessions.create(
          {
            boardId: previous.boardId,
            boardHash: newest.hash,
            title: input.title,
            date: input.date,
            facilitator: input.facilitator ?? previous.facilitator,
            participants: input.participants ?? previous.participants,
            language: previous.language,
          },
          { previousSessionId: previous.id },
        );
        return { session, ...carry(session, newest, outcomes) };
      });
    },
    /**
     * Decisions of a board whose review date has come, each with the session it was taken in; a
     * decision already on the agenda of `exceptSessionId` (the session on screen) is not listed.
     */
    due(input: ApiParsedInput<'sessions.dueForReview'>): ApiOutput<'sessions.dueForReview'> {
      return (
        dueForReview(input.boardId, input.asOf)
          // Already on the agenda of the session on screen: a review that carried it in.
          .filter(({ session, outcome }) => !(session.id === input.exceptSessionId && outcome.carriedFrom))
          .map(({ outcome, session }) => ({
            outcome,
            decidedIn: decidedIn(outcome, session),
            latestSessionId: session.id,
          }))
      );
    },
    /**
     * What really changed between two sessions of a board, the earlier one first whatever order
     * they were given in (and said so); with the decisions the later one confirmed, and those that
     * were due for review by its date and that it left untouched.
     */
    compare(input: ApiParsedInput<'sessions.compare'>): ApiOutput<'sessions.compare'> {
      const first = sessions.findSession(input.earlierSessionId);
      const second = sessions.findSession(input.laterSessionId);
      if (first.boardId !== second.boardId) throw new ServiceError('bad-request', 'compareOtherBoard');
      const reordered =
        first.date.localeCompare(second.date) > 0 || (first.date === second.date && first.createdAt > second.createdAt);
      const [earlier, later] = reordered ? [second, first] : [first, second];
      const itemIds = new Set<string>();
      for (const session of [earlier, later])
        store.boardVersions.get(session.boardHash)?.board.items.forEach((item) => itemIds.add(item.id));
      const laterOutcomes = store.outcomes.list(later.id);
      const rows = compareOutcomes([...itemIds], store.outcomes.list(earlier.id), laterOutcomes);
      const touched = new Set(
        store.register
          .lines(later.boardId)
          .filter((line) => line.session.sessionId === later.id)
          .map((line) => line.itemId),
      );
      const dueNotReviewed = laterOutcomes
        .filter((outcome) => outcome.carriedFrom && isDueForReview(outcome, later.date) && !touched.has(outcome.itemId))
        .map((outcome) => outcome.itemId);
      const confirmed = laterOutcomes.filter((outcome) => outcome.confirmedAt).map((outcome) => outcome.itemId);
      return { earlier, later, items: rows, reordered, confirmed, dueNotReviewed };
    },
  };
}
