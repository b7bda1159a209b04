import { indexBoard } from '../board/boardIndex.ts';
import { isUndoable, type AuditEvent } from './events.ts';
import type { SessionFile } from './file.ts';
import { outcomeMisfits } from './fit.ts';
import type { Outcome } from './schema.ts';

/** Something in a session file that does not add up, with where it is in the file. */
export interface SessionFileProblem {
  path: string;
  message: string;
}

type Report = (path: (string | number)[], message: string) => void;

function checkParticipants(file: SessionFile, report: Report): void {
  const seen = new Set<string>();
  file.session.participants.forEach((name, index) => {
    if (seen.has(name)) report(['session', 'participants', index], `Participant '${name}' is named twice`);
    seen.add(name);
  });
}

function checkOutcome(file: SessionFile, outcome: Outcome, at: (string | number)[], report: Report): void {
  const item = indexBoard(file.board.content).itemById.get(outcome.itemId);
  if (!item) return report([...at, 'itemId'], `No item '${outcome.itemId}' on the session's board`);
  for (const misfit of outcomeMisfits(item, file.session.participants, outcome))
    report([...at, ...misfit.path], misfit.message);
}

function checkOutcomes(file: SessionFile, report: Report): void {
  const seen = new Set<string>();
  file.outcomes.forEach((outcome, index) => {
    const at = ['outcomes', index];
    if (seen.has(outcome.itemId)) report([...at, 'itemId'], `A second outcome for item '${outcome.itemId}'`);
    seen.add(outcome.itemId);
    if (outcome.sessionId !== file.session.id) report([...at, 'sessionId'], 'The outcome belongs to another session');
    checkOutcome(file, outcome, at, report);
  });
}

/** The outcome snapshots an event carries, with where each is inside the event. */
function snapshotsOf(event: AuditEvent): [string, Outcome][] {
  if (event.itemId === null || event.type === 'room.counted') return [];
  const snapshots: [string, Outcome | null][] = [['after', event.after]];
  if (event.type !== 'outcome.carried-over') snapshots.push(['before', event.before]);
  return snapshots.filter((entry): entry is [string, Outcome] => entry[1] !== null);
}

function checkEvent(
  file: SessionFile,
  event: AuditEvent,
  index: number,
  earlier: Map<number, AuditEvent>,
  report: Report,
) {
  const at = ['events', index];
  const previous = file.events[index - 1];
  if (earlier.has(event.id)) report([...at, 'id'], `Event id ${event.id} is used twice`);
  else if (previous && event.id < previous.id) report([...at, 'id'], 'The events are out of order');
  if (previous && event.at < previous.at) report([...at, 'at'], 'The event is dated before the one preceding it');
  if (event.sessionId !== file.session.id) report([...at, 'sessionId'], 'The event belongs to another session');
  if (event.itemId !== null && !indexBoard(file.board.content).itemById.has(event.itemId))
    report([...at, 'itemId'], `No item '${event.itemId}' on the session's board`);
  for (const [key, snapshot] of snapshotsOf(event)) {
    if (snapshot.itemId !== event.itemId) report([...at, key, 'itemId'], 'The outcome is for another item');
    else checkOutcome(file, snapshot, [...at, key], report);
  }
  if ((event.type === 'outcome.undone' || event.type === 'outcome.redone') && event.refEventId !== null) {
    const target = earlier.get(event.refEventId);
    if (!target || !isUndoable(target))
      report([...at, 'refEventId'], `Event ${event.refEventId} is not an earlier change that can be undone`);
  }
}

/** The agenda names items of the session's board, each once. */
function checkAgenda(file: SessionFile, report: Report): void {
  const agenda = file.settings.agenda;
  if (!agenda) return;
  const items = indexBoard(file.board.content).itemById;
  for (const list of ['order', 'dropped'] as const) {
    const seen = new Set<string>();
    agenda[list].forEach((itemId, index) => {
      const at = ['settings', 'agenda', list, index];
      if (!items.has(itemId)) report(at, `No item '${itemId}' on the session's board`);
      else if (seen.has(itemId)) report(at, `Item '${itemId}' is named twice`);
      seen.add(itemId);
    });
  }
}

/**
 * Everything in a session file (already of the right shape) checked against its board and its
 * session: one outcome per item, known items, options, checklist lines and participants, events in
 * order with unique ids, an agenda of the board's items. A file with any problem is refused whole.
 */
export function checkSessionFile(file: SessionFile): SessionFileProblem[] {
  const problems: SessionFileProblem[] = [];
  const report: Report = (path, message) => problems.push({ path: path.join('.'), message });
  checkParticipants(file, report);
  checkOutcomes(file, report);
  checkAgenda(file, report);
  const earlier = new Map<number, AuditEvent>();
  file.events.forEach((event, index) => {
    checkEvent(file, event, index, earlier, report);
    earlier.set(event.id, event);
  });
  return problems;
}
