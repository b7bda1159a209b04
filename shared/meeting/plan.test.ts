import { describe, expect, it } from 'vitest';
import type { Board, Item } from '../board/schema.ts';
import { newOutcome, type Outcome, type OutcomeStatus } from '../session/schema.ts';
import { DEFAULT_MINUTES } from '../timebox.ts';
import { DEFAULT_PLAN, meetingStanding, pickItems, plannedSeconds, timeboxSeconds, withTimebox } from './plan.ts';

const text = (en: string) => ({ nl: en, en });
const base = (id: string) => ({
  id,
  title: text(id),
  refs: [],
  source: { document: 'd', section: '1' },
  options: [],
  checklist: [],
  sourceNotes: [],
  authorNotes: [],
});
const risk = (id: string, severity: 'low' | 'high' | 'critical') =>
  ({ ...base(id), kind: 'risk', severity }) as unknown as Item;
const question = (id: string, blocking: boolean) =>
  ({ ...base(id), kind: 'open-question', question: text('?'), blocking }) as unknown as Item;
const conflict = (id: string) =>
  ({
    ...base(id),
    kind: 'conflict',
    group: 'critical-inconsistency',
    layer0: text('a'),
    layer1: text('b'),
  }) as unknown as Item;

const items = [risk('r-low', 'low'), risk('r-high', 'high'), risk('r-crit', 'critical'), question('q-block', true)];
const all = [...items, question('q-free', false), conflict('c1')];
const board = { items: all, nodes: [], edges: [] } as unknown as Board;
const ids = (list: readonly Item[]) => list.map((item) => item.id);
const session = { date: '2026-12-07' };
const outcome = (itemId: string, patch: Partial<Outcome>): Outcome => ({ ...newOutcome('s', itemId, 'now'), ...patch });

describe('the meeting plan', () => {
  it('takes each item at its planned time box, else at its kind default, and adds them up', () => {
    const plan = withTimebox(DEFAULT_PLAN, 'r-high', 4);
    expect(timeboxSeconds(plan, items[1]!)).toBe(240);
    expect(timeboxSeconds(plan, items[0]!)).toBe(DEFAULT_MINUTES.risk * 60);
    expect(plannedSeconds(plan, items)).toBe(
      240 + 2 * DEFAULT_MINUTES.risk * 60 + DEFAULT_MINUTES['open-question'] * 60,
    );
    expect(withTimebox(plan, 'r-low', 0).timeboxMinutes['r-low']).toBe(1);
    expect(withTimebox(plan, 'r-low', 9999).timeboxMinutes['r-low']).toBe(240);
  });

  it('picks blocking questions and high and critical risks, and whatever a filter, kind or lane takes', () => {
    const pick = { filters: ['blocking', 'highRisk'] as const, kinds: [], layers: [] };
    expect(ids(pickItems(board, all, pick, {}, session))).toEqual(['r-high', 'r-crit', 'q-block']);
    expect(
      ids(pickItems(board, all, { filters: ['conflicts'], kinds: ['open-question'], layers: [] }, {}, session)),
    ).toEqual(['q-block', 'q-free', 'c1']);
    const outcomes = {
      'r-low': outcome('r-low', { status: 'deferred' }),
      c1: outcome('c1', {
        status: 'decided',
        reviewDate: '2026-12-01',
        carriedFrom: { sessionId: 'p', title: 'p', date: '2026-06-01' },
      }),
    };
    expect(
      ids(pickItems(board, all, { filters: ['deferredEscalated'], kinds: [], layers: [] }, outcomes, session)),
    ).toEqual(['r-low']);
    expect(ids(pickItems(board, all, { filters: ['dueReview'], kinds: [], layers: [] }, outcomes, session))).toEqual([
      'c1',
    ]);
  });
});

describe('where the meeting stands against its plan', () => {
  const plan = { ...DEFAULT_PLAN, timeboxMinutes: { a: 10, b: 5, c: 5 } };
  const agenda = [
    { id: 'a', kind: 'risk' },
    { id: 'b', kind: 'risk' },
    { id: 'c', kind: 'risk' },
  ] as const;
  const statuses: Record<string, OutcomeStatus> = { a: 'decided' };
  const statusOf = (id: string) => statuses[id] ?? 'open';

  it('is behind by what an item dealt with took beyond its box, ahead by what it left unused', () => {
    const over = meetingStanding(plan, agenda, statusOf, (id) => ({ a: 13 * 60, b: 2 * 60 })[id] ?? 0, 'b');
    expect(over).toEqual({
      lengthSeconds: 90 * 60,
      plannedSeconds: 20 * 60,
      elapsedSeconds: 15 * 60,
      behindSeconds: 3 * 60,
    });
    const under = meetingStanding(plan, agenda, statusOf, (id) => ({ a: 6 * 60 })[id] ?? 0, 'b');
    expect(under.behindSeconds).toBe(-4 * 60);
    // The item under discussion puts the meeting behind only once it runs past its box.
    const running = meetingStanding(plan, agenda, statusOf, (id) => ({ a: 10 * 60, b: 7 * 60 })[id] ?? 0, 'b');
    expect(running.behindSeconds).toBe(2 * 60);
  });
});
