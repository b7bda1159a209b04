/** What SQLite stores; repositories map these to and from the domain types of shared/. */
export interface DbBoardVersion {
  hash: string;
  board_id: string;
  version: string;
  board_json: string;
  warnings_json: string;
  origin: 'shipped' | 'imported';
  stored_at: string;
}

export interface DbSession {
  id: string;
  board_hash: string;
  title: string;
  held_on: string;
  facilitator: string;
  participants_json: string;
  language: string;
  created_at: string;
  closed_at: string | null;
  deleted_at: string | null;
  previous_session_id: string | null;
  last_item_id: string | null;
  summary: string;
}

export interface DbOutcome {
  session_id: string;
  item_id: string;
  status: string;
  chosen_option: string | null;
  rationale: string;
  owner: string;
  due_date: string | null;
  review_date: string | null;
  checklist_json: string;
  votes_json: string;
  notes: string;
  updated_at: string;
  time_spent_seconds: number;
  carried_from_json: string | null;
  confirmed_at: string | null;
}

export interface DbEvent {
  id: number;
  session_id: string;
  at: string;
  actor: string;
  type: string;
  item_id: string | null;
  before_json: string | null;
  after_json: string | null;
  undone: number;
  redoable: number;
  ref_event_id: number | null;
}

export type SqlValue = string | number | null;

/** Only plain values reach SQL; an object or undefined here is a bug, caught before it is stored. */
export function sqlParams<T extends Record<string, unknown>>(values: T): Record<string, SqlValue> {
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number')
      throw new TypeError(`SQL parameter '${key}' must be a string, number or null, got ${typeof value}`);
  }
  return values as Record<string, SqlValue>;
}
