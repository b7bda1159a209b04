/**
 * A long synthetic session as a session file: one session on a board with `changes` recorded
 * outcomes, cycling through the board's items and statuses, a second apart. Imported like any
 * session file, so a test or a bench gets a 10,000-change audit trail in one transaction.
 * Pure: the caller gives the board and its hash.
 */
import type { Board } from '../../shared/board/schema.ts';
import { SESSION_FILE_FORMAT, SESSION_FILE_VERSION, type SessionFile } from '../../shared/session/file.ts';
import type { AuditEvent } from '../../shared/session/events.ts';
import { newOutcome, OUTCOME_STATUSES, type Outcome, type Session } from '../../shared/session/schema.ts';

const START = Date.parse('2026-09-30T09:00:00.000Z');
const SESSION_ID = '00000000-0000-4000-8000-000000010000';

export function syntheticSessionFile(board: Board, boardHash: string, changes: number): SessionFile {
  const at = (second: number) => new Date(START + second * 1000).toISOString();
  const session: Session = {
    id: SESSION_ID,
    boardId: board.meta.id,
    boardHash,
    title: `Long session (${changes} changes)`,
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Anouk', 'Bram'],
    language: 'en',
    createdAt: at(0),
    closedAt: null,
    deletedAt: null,
    previousSessionId: null,
    lastItemId: null,
    summary: '',
  };
  const base = { sessionId: SESSION_ID, actor: 'Anouk', undone: false, refEventId: null };
  const events: AuditEvent[] = [
    { ...base, id: 1, at: at(0), type: 'session.created', itemId: null, before: null, after: session },
  ];
  const outcomes = new Map<string, Outcome>();
  for (let n = 1; n <= changes; n++) {
    const item = board.items[n % board.items.length]!;
    const before = outcomes.get(item.id) ?? null;
    const options = item.options ?? [];
    const after: Outcome = {
      ...(before ?? newOutcome(SESSION_ID, item.id, at(n))),
      status: OUTCOME_STATUSES[n % OUTCOME_STATUSES.length]!,
      chosenOption: options.length > 0 ? options[n % options.length]!.id : null,
      rationale: `Change ${n}: discussed again`,
      updatedAt: at(n),
    };
    outcomes.set(item.id, after);
    events.push({ ...base, id: n + 1, at: at(n), type: 'outcome.recorded', itemId: item.id, before, after });
  }
  return {
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    exportedAt: at(changes + 1),
    board: { hash: boardHash, content: board },
    session,
    outcomes: [...outcomes.values()],
    events,
    settings: {},
  };
}
