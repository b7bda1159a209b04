import type { AuditEvent } from './events.ts';
import { EMPTY_OUTCOME, type OutcomeFields } from './schema.ts';

/** The fields of an outcome the audit trail names, in the order it names them. */
export const AUDIT_FIELDS = [
  'status',
  'chosenOption',
  'owner',
  'dueDate',
  'reviewDate',
  'checklist',
  'rationale',
  'notes',
  'votes',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

export interface FieldDiff {
  field: AuditField;
  before: string | null;
  after: string | null;
}

/** Ticked checklist lines as their indexes ("0, 2"), so a change names the lines it ticked. */
function tickedLines(checklist: OutcomeFields['checklist']): string | null {
  const ticked = Object.entries(checklist)
    .filter(([, on]) => on)
    .map(([line]) => line)
    .sort((a, b) => Number(a) - Number(b));
  return ticked.length > 0 ? ticked.join(', ') : null;
}

function votesOf(votes: OutcomeFields['votes']): string | null {
  const entries = Object.entries(votes).sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 0 ? entries.map(([who, option]) => `${who}=${option}`).join(', ') : null;
}

function valueOf(fields: OutcomeFields, field: AuditField): string | null {
  if (field === 'checklist') return tickedLines(fields.checklist);
  if (field === 'votes') return votesOf(fields.votes);
  return fields[field] || null;
}

/**
 * What a change did to an outcome, field by field: an owner change reads as an owner change, an
 * undo of a first entry as the fields going back to empty.
 */
export function outcomeDiff(before: OutcomeFields | null, after: OutcomeFields | null): FieldDiff[] {
  const from = before ?? EMPTY_OUTCOME;
  const to = after ?? EMPTY_OUTCOME;
  return AUDIT_FIELDS.flatMap((field): FieldDiff[] => {
    const previous = valueOf(from, field);
    const current = valueOf(to, field);
    return previous === current ? [] : [{ field, before: previous, after: current }];
  });
}

/** The field changes of an event on an item's outcome; none for other events. */
export function eventDiff(event: AuditEvent): FieldDiff[] {
  switch (event.type) {
    case 'outcome.recorded':
    case 'outcome.voted':
    case 'outcome.confirmed':
    case 'outcome.undone':
    case 'outcome.redone':
      return outcomeDiff(event.before, event.after);
    default:
      return [];
  }
}
