import { describe, expect, it } from 'vitest';
import { filterRegister, lineVerdict, type RegisterEntry } from './register.ts';
import { newOutcome, type Outcome } from './schema.ts';

const outcome = (fields: Partial<Outcome>): Outcome => ({ ...newOutcome('s', 'i', 'now'), ...fields });
const carried = { status: 'decided' as const, chosenOption: 'flux', owner: 'Ops', dueDate: null, reviewDate: null };

describe('what a session did to an item', () => {
  it('names each kind of line from the state the item came in with', () => {
    const cases: [typeof carried | null, Partial<Outcome>, string | null][] = [
      [null, { status: 'decided', chosenOption: 'flux' }, 'decided'],
      [carried, { ...carried }, null],
      [carried, { ...carried, confirmedAt: 'now' }, 'confirmed'],
      [carried, { ...carried, confirmedAt: 'now', reviewDate: '2027-01-01' }, 'confirmed'],
      [carried, { ...carried, owner: 'Platform' }, 'changed'],
      [carried, { ...carried, chosenOption: 'argo' }, 'reversed'],
      [carried, { ...carried, status: 'deferred' }, 'deferred'],
      [carried, { ...carried, status: 'escalated' }, 'escalated'],
      [carried, { ...carried, status: 'open' }, 'reopened'],
      [carried, { ...carried, status: 'not-applicable' }, 'withdrawn'],
      [null, { status: 'deferred' }, 'deferred'],
      [null, { notes: 'only a note' }, null],
    ];
    for (const [baseline, fields, kind] of cases)
      expect(lineVerdict(baseline, outcome(fields))?.kind ?? null, JSON.stringify(fields)).toBe(kind);
  });
});

describe('the log filter', () => {
  const entry = (number: number, state: RegisterEntry['state'], nextReviewDate: string | null) =>
    ({ number, state, nextReviewDate }) as RegisterEntry;
  const entries = [
    entry(1, 'decided', '2027-03-01'),
    entry(2, 'confirmed', '2027-09-01'),
    entry(3, 'superseded', null),
  ];

  it('keeps the decisions in a state, and those due by a date', () => {
    expect(filterRegister(entries, { state: 'confirmed' }).map((e) => e.number)).toEqual([2]);
    expect(filterRegister(entries, { dueBy: '2027-06-30' }).map((e) => e.number)).toEqual([1]);
    expect(filterRegister(entries, {}).map((e) => e.number)).toEqual([1, 2, 3]);
  });
});
