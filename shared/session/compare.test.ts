import { describe, expect, it } from 'vitest';
import { compareOutcomes } from './compare.ts';
import { newOutcome, type Outcome } from './schema.ts';

function outcome(itemId: string, fields: Partial<Outcome>): Outcome {
  return { ...newOutcome('s', itemId, ''), ...fields };
}

describe('comparing two sessions', () => {
  it('lists per item what changed in status, decision, owner and dates, and what that means', () => {
    const rows = compareOutcomes(
      ['a', 'b', 'c'],
      [outcome('a', { status: 'deferred', owner: 'Ops' }), outcome('b', { status: 'decided', chosenOption: 'x' })],
      [
        outcome('a', { status: 'decided', owner: 'Ops', dueDate: '2027-01-31' }),
        outcome('b', { status: 'decided', chosenOption: 'x' }),
      ],
    );
    expect(rows).toEqual([
      {
        itemId: 'a',
        kind: 'decided',
        changes: [
          { field: 'status', before: 'deferred', after: 'decided' },
          { field: 'dueDate', before: null, after: '2027-01-31' },
        ],
      },
      { itemId: 'b', kind: null, changes: [] },
      { itemId: 'c', kind: null, changes: [] },
    ]);
  });

  it('treats an item first taken up in the later session as first recorded', () => {
    const rows = compareOutcomes(['a'], [], [outcome('a', { status: 'escalated', owner: 'CTO' })]);
    expect(rows[0]).toEqual({
      itemId: 'a',
      kind: 'first-recorded',
      changes: [
        { field: 'status', before: 'open', after: 'escalated' },
        { field: 'owner', before: null, after: 'CTO' },
      ],
    });
  });

  it('never shows a decision as reversed when the later session did not take the item up', () => {
    const rows = compareOutcomes(['a'], [outcome('a', { status: 'decided', chosenOption: 'x' })], []);
    expect(rows[0]).toEqual({ itemId: 'a', kind: null, changes: [] });
  });

  it('tells a reopened decision, a changed decision and changed details apart', () => {
    const decided = outcome('a', { status: 'decided', chosenOption: 'x', owner: 'Ops' });
    const kind = (later: Partial<Outcome>) => compareOutcomes(['a'], [decided], [{ ...decided, ...later }])[0]!.kind;
    expect(kind({ status: 'deferred' })).toBe('reopened');
    expect(kind({ chosenOption: 'y' })).toBe('decision-changed');
    expect(kind({ owner: 'Dev', reviewDate: '2027-06-01' })).toBe('details-changed');
    expect(kind({ status: 'not-applicable' })).toBe('status-changed');
  });

  it('ignores rationale and notes, which are not part of the comparison', () => {
    const rows = compareOutcomes(
      ['a'],
      [outcome('a', { rationale: 'one' })],
      [outcome('a', { rationale: 'two', notes: 'n' })],
    );
    expect(rows[0]!.changes).toEqual([]);
  });
});
