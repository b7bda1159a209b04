import { describe, expect, it } from 'vitest';
import { outcomeDiff } from './auditDiff.ts';
import { EMPTY_OUTCOME } from './schema.ts';

const decided = { ...EMPTY_OUTCOME, status: 'decided' as const, chosenOption: 'flux', owner: 'Ops' };

describe('what a change did, field by field', () => {
  it('tells an owner change from the decision itself', () => {
    expect(outcomeDiff(decided, { ...decided, owner: 'Platform team' })).toEqual([
      { field: 'owner', before: 'Ops', after: 'Platform team' },
    ]);
    expect(outcomeDiff(null, decided).map((diff) => diff.field)).toEqual(['status', 'chosenOption', 'owner']);
  });

  it('names the option before and after, the dates and the checklist lines', () => {
    const after = {
      ...decided,
      chosenOption: 'argo_cd',
      reviewDate: '2027-03-01',
      checklist: { '0': true, '2': true },
    };
    expect(outcomeDiff(decided, after)).toEqual([
      { field: 'chosenOption', before: 'flux', after: 'argo_cd' },
      { field: 'reviewDate', before: null, after: '2027-03-01' },
      { field: 'checklist', before: null, after: '0, 2' },
    ]);
  });

  it('shows an undo of a first entry as the fields going back to empty, never as an empty line', () => {
    expect(outcomeDiff(decided, null)).toEqual([
      { field: 'status', before: 'decided', after: 'open' },
      { field: 'chosenOption', before: 'flux', after: null },
      { field: 'owner', before: 'Ops', after: null },
    ]);
  });
});
