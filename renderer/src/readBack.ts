import type { Board, Item } from '../../shared/board/schema.ts';
import type { Outcome } from '../../shared/session/schema.ts';
import type { LocalizedText } from '../../shared/text.ts';

/** One recorded item as the room reads it back. */
export interface ReadBackEntry {
  item: Item;
  /** The chosen option's label, if one was chosen. */
  option: LocalizedText | null;
  rationale: string;
  owner: string;
  dueDate: string | null;
}

/** What a meeting recorded, for the read-back at its end: decisions, deferred and escalated items, and actions. */
export interface ReadBack {
  decisions: ReadBackEntry[];
  deferred: ReadBackEntry[];
  escalated: ReadBackEntry[];
  /** Who does what by when: every recorded item with an owner or a due date, soonest first, undated last. */
  actions: ReadBackEntry[];
}

/** The read-back of a session's outcomes, in the board's order of items. */
export function readBackOf(board: Pick<Board, 'items'>, outcomes: Readonly<Record<string, Outcome>>): ReadBack {
  const entries = board.items.flatMap((item): (ReadBackEntry & { status: Outcome['status'] })[] => {
    const outcome = outcomes[item.id];
    if (!outcome || outcome.status === 'open') return [];
    const option = item.options.find((candidate) => candidate.id === outcome.chosenOption)?.label ?? null;
    return [
      {
        item,
        status: outcome.status,
        option,
        rationale: outcome.rationale.trim(),
        owner: outcome.owner.trim(),
        dueDate: outcome.dueDate,
      },
    ];
  });
  const withStatus = (status: Outcome['status']) =>
    entries.filter((entry) => entry.status === status).map(({ status: _, ...entry }) => entry);
  const actions = entries
    .filter((entry) => entry.status !== 'not-applicable' && (entry.owner !== '' || entry.dueDate !== null))
    .map(({ status: _, ...entry }) => entry)
    .sort((a, b) => (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff'));
  return {
    decisions: withStatus('decided'),
    deferred: withStatus('deferred'),
    escalated: withStatus('escalated'),
    actions,
  };
}
