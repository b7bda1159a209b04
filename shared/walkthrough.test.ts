import { describe, expect, it } from 'vitest';
import type { Item } from './board/schema.ts';
import { newOutcome, type Outcome, type OutcomeStatus } from './session/schema.ts';
import {
  agendaProgress,
  agendaSettingOf,
  arrangeAgenda,
  dropItem,
  moveItem,
  restoreItem,
  stepFrom,
} from './walkthrough.ts';

const text = (en: string) => ({ nl: en, en });
function item(id: string, kind: 'risk' | 'conflict' | 'assumption'): Item {
  const base = {
    id,
    title: text(id),
    refs: [],
    source: { document: 'd', section: '1' },
    options: [],
    checklist: [],
    sourceNotes: [],
    authorNotes: [],
  };
  if (kind === 'risk') return { ...base, kind, severity: 'high' };
  if (kind === 'conflict')
    return { ...base, kind, group: 'critical-inconsistency', layer0: text('a'), layer1: text('b') };
  return { ...base, kind };
}

// In board order: an assumption, a risk, a conflict; by default conflicts come first, then risks.
const items = [item('a1', 'assumption'), item('r1', 'risk'), item('c1', 'conflict'), item('r2', 'risk')];
const ids = (list: readonly Item[]) => list.map((entry) => entry.id);

describe('the arranged agenda', () => {
  it('is the default order (most pressing kinds first) until the facilitator arranges it', () => {
    expect(ids(arrangeAgenda(items, undefined).items)).toEqual(['c1', 'r1', 'r2', 'a1']);
  });

  it('keeps the saved order and what was dropped; new items join at the end, gone ones are passed over', () => {
    const arranged = arrangeAgenda(items, { order: ['a1', 'gone', 'r2', 'c1'], dropped: ['r1', 'also-gone'] });
    expect(ids(arranged.items)).toEqual(['a1', 'r2', 'c1']);
    expect(ids(arranged.dropped)).toEqual(['r1']);
    const withNew = arrangeAgenda(items, { order: ['r2'], dropped: [] });
    expect(ids(withNew.items)).toEqual(['r2', 'c1', 'r1', 'a1']);
  });

  it('moves, drops and restores items, and says how to keep that', () => {
    let agenda = arrangeAgenda(items, undefined);
    agenda = moveItem(agenda, 'a1', -1);
    expect(ids(agenda.items)).toEqual(['c1', 'r1', 'a1', 'r2']);
    expect(moveItem(agenda, 'c1', -1)).toBe(agenda);
    expect(ids(moveItem(agenda, 'c1', 10).items)).toEqual(['r1', 'a1', 'r2', 'c1']);
    agenda = dropItem(agenda, 'r1');
    expect(agendaSettingOf(agenda)).toEqual({ order: ['c1', 'a1', 'r2'], dropped: ['r1'] });
    agenda = restoreItem(agenda, 'r1');
    expect(agendaSettingOf(agenda)).toEqual({ order: ['c1', 'a1', 'r2', 'r1'], dropped: [] });
    expect(arrangeAgenda(items, agendaSettingOf(agenda))).toEqual(agenda);
  });
});

describe('stepping through the agenda', () => {
  const order = ['c1', 'r1', 'r2', 'a1'];
  const statuses: Record<string, OutcomeStatus> = { c1: 'decided', r1: 'open', r2: 'deferred', a1: 'open' };
  const statusOf = (id: string) => statuses[id] ?? 'open';

  it('goes to the neighbours, and nowhere past either end', () => {
    expect(stepFrom(order, 'r1', 'next', statusOf)).toBe('r2');
    expect(stepFrom(order, 'r1', 'previous', statusOf)).toBe('c1');
    expect(stepFrom(order, 'a1', 'next', statusOf)).toBeNull();
    expect(stepFrom(order, 'c1', 'previous', statusOf)).toBeNull();
  });

  it('starts at the top (or the end, going back) without a current item', () => {
    expect(stepFrom(order, null, 'next', statusOf)).toBe('c1');
    expect(stepFrom(order, 'not-on-agenda', 'previous', statusOf)).toBe('a1');
    expect(stepFrom([], null, 'next', statusOf)).toBeNull();
  });

  it('finds the next undecided item after the current one, round to the start', () => {
    expect(stepFrom(order, 'c1', 'nextUndecided', statusOf)).toBe('r1');
    expect(stepFrom(order, 'r1', 'nextUndecided', statusOf)).toBe('a1');
    expect(stepFrom(order, 'a1', 'nextUndecided', statusOf)).toBe('r1');
    expect(stepFrom(order, 'a1', 'nextUndecided', (id) => (id === 'a1' ? 'open' : 'decided'))).toBeNull();
  });
});

describe('progress', () => {
  it('counts the items on the agenda by status; an item without an outcome is open', () => {
    const outcome = (itemId: string, status: OutcomeStatus): Outcome => ({ ...newOutcome('s', itemId, 'now'), status });
    const outcomes = {
      c1: outcome('c1', 'decided'),
      r2: outcome('r2', 'deferred'),
      r1: outcome('r1', 'not-applicable'),
    };
    expect(agendaProgress(arrangeAgenda(items, { order: [], dropped: ['a1'] }).items, outcomes)).toEqual({
      total: 3,
      decided: 1,
      deferred: 1,
      escalated: 0,
      notApplicable: 1,
      open: 0,
    });
  });
});
