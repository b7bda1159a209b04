import type { CarriedFrom, Outcome, OutcomeStatus } from '../../../shared/session/schema.ts';
import type { Db } from './open.ts';
import { sqlParams, type DbOutcome } from './rows.ts';

function toDomain(row: DbOutcome): Outcome {
  return {
    sessionId: row.session_id,
    itemId: row.item_id,
    status: row.status as OutcomeStatus,
    chosenOption: row.chosen_option,
    rationale: row.rationale,
    owner: row.owner,
    dueDate: row.due_date,
    reviewDate: row.review_date,
    checklist: JSON.parse(row.checklist_json) as Outcome['checklist'],
    votes: JSON.parse(row.votes_json) as Outcome['votes'],
    notes: row.notes,
    updatedAt: row.updated_at,
    timeSpentSeconds: row.time_spent_seconds,
    carriedFrom: row.carried_from_json === null ? null : (JSON.parse(row.carried_from_json) as CarriedFrom),
    confirmedAt: row.confirmed_at,
  };
}

function toRow(outcome: Outcome): DbOutcome {
  return {
    session_id: outcome.sessionId,
    item_id: outcome.itemId,
    status: outcome.status,
    chosen_option: outcome.chosenOption,
    rationale: outcome.rationale,
    owner: outcome.owner,
    due_date: outcome.dueDate,
    review_date: outcome.reviewDate,
    checklist_json: JSON.stringify(outcome.checklist),
    votes_json: JSON.stringify(outcome.votes),
    notes: outcome.notes,
    updated_at: outcome.updatedAt,
    time_spent_seconds: outcome.timeSpentSeconds,
    carried_from_json: outcome.carriedFrom === null ? null : JSON.stringify(outcome.carriedFrom),
    confirmed_at: outcome.confirmedAt,
  };
}

export function outcomeRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO outcomes (session_id, item_id, status, chosen_option, rationale, owner, due_date, review_date,
       checklist_json, votes_json, notes, updated_at, time_spent_seconds, carried_from_json, confirmed_at)
     VALUES (@session_id, @item_id, @status, @chosen_option, @rationale, @owner, @due_date, @review_date,
       @checklist_json, @votes_json, @notes, @updated_at, @time_spent_seconds, @carried_from_json, @confirmed_at)
     ON CONFLICT (session_id, item_id) DO UPDATE SET
       status = excluded.status, chosen_option = excluded.chosen_option, rationale = excluded.rationale,
       owner = excluded.owner, due_date = excluded.due_date, review_date = excluded.review_date,
       checklist_json = excluded.checklist_json, votes_json = excluded.votes_json, notes = excluded.notes,
       updated_at = excluded.updated_at, time_spent_seconds = excluded.time_spent_seconds,
       carried_from_json = excluded.carried_from_json, confirmed_at = excluded.confirmed_at`,
  );
  const one = db.prepare<[string, string], DbOutcome>('SELECT * FROM outcomes WHERE session_id = ? AND item_id = ?');
  const ofSession = db.prepare<[string], DbOutcome>('SELECT * FROM outcomes WHERE session_id = ? ORDER BY item_id');
  const remove = db.prepare('DELETE FROM outcomes WHERE session_id = ? AND item_id = ?');

  return {
    save(outcome: Outcome): void {
      upsert.run(sqlParams({ ...toRow(outcome) }));
    },
    get(sessionId: string, itemId: string): Outcome | undefined {
      const row = one.get(sessionId, itemId);
      return row && toDomain(row);
    },
    /** Back to "never touched": used when undo reaches the state before an item's first change. */
    remove(sessionId: string, itemId: string): void {
      remove.run(sessionId, itemId);
    },
    list(sessionId: string): Outcome[] {
      return ofSession.all(sessionId).map(toDomain);
    },
  };
}
