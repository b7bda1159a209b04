import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/board/schema.ts';
import { newOutcome, type Outcome } from '../../shared/session/schema.ts';
import { readBackOf } from './readBack.ts';

const text = (en: string) => ({ nl: `${en} (nl)`, en });
const item = (id: string, options: string[] = []) =>
  ({
    id,
    kind: 'decision',
    title: text(id),
    refs: [],
    options: options.map((option) => ({ id: option, label: text(option) })),
  }) as unknown as Board['items'][number];

const board = { items: [item('a', ['x', 'y']), item('b'), item('c'), item('d'), item('e'), item('f')] };

function outcome(itemId: string, fields: Partial<Outcome>): Outcome {
  return { ...newOutcome('s1', itemId, '2026-12-07T10:00:00Z'), ...fields };
}

describe('the read-back of a meeting', () => {
  const outcomes = {
    a: outcome('a', {
      status: 'decided',
      chosenOption: 'y',
      owner: ' Bram ',
      dueDate: '2027-02-01',
      rationale: 'cheap',
    }),
    b: outcome('b', { status: 'deferred', owner: 'Anouk' }),
    c: outcome('c', { status: 'escalated', dueDate: '2027-01-10' }),
    d: outcome('d', { status: 'open', owner: 'Nobody yet' }),
    e: outcome('e', { status: 'not-applicable', owner: 'Cas' }),
    f: outcome('f', { status: 'decided' }),
  };
  const readBack = readBackOf(board, outcomes);

  it('lists the decisions with the chosen option, rationale and owner, in board order', () => {
    expect(readBack.decisions.map((entry) => entry.item.id)).toEqual(['a', 'f']);
    expect(readBack.decisions[0]).toMatchObject({ option: text('y'), rationale: 'cheap', owner: 'Bram' });
    expect(readBack.decisions[1]!.option).toBeNull();
  });

  it('lists the deferred and the escalated items apart', () => {
    expect(readBack.deferred.map((entry) => entry.item.id)).toEqual(['b']);
    expect(readBack.escalated.map((entry) => entry.item.id)).toEqual(['c']);
  });

  it('lists as actions the recorded items with an owner or a date, soonest first and undated last', () => {
    expect(readBack.actions.map((entry) => entry.item.id)).toEqual(['c', 'a', 'b']);
  });

  it('is empty for a session with nothing recorded', () => {
    expect(readBackOf(board, {})).toEqual({ decisions: [], deferred: [], escalated: [], actions: [] });
  });
});
