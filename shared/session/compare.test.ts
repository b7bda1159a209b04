import { describe, expect, it } from 'vitest';
import { compareOutcomes } from './compare.ts';
import { newOutcome, type Outcome } from './schema.ts';

function outcome(itemId: string, fields: Partial<Outcome>): Outcome {
  return { ...newOutcome('s', itemId, ''), ...fields };
}

describe('comparing two sessions', () => {
  it('lists per item what changed in status, decision, owner and due date', () => {
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
        changes: [
          { field: 'status', before: 'deferred', after: 'decided' },
          { field: 'dueDate', before: null, after: '2027-01-31' },
        ],
      },
      { itemId: 'b', changes: [] },
      { itemId: 'c', changes: [] },
    ]);
  });

  it('treats an item never touched as open with nothing decided', () => {
    const rows = compareOutcomes(['a'], [], [outcome('a', { status: 'escalated', owner: 'CTO' })]);
    expect(rows[0]!.changes).toEqual([
      { field: 'status', before: 'open', after: 'escalated' },
      { field: 'owner', before: null, after: 'CTO' },
    ]);
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
