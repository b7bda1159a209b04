import { describe, expect, it } from 'vitest';
import type { Item } from '../board/schema.ts';
import { isDueForReview, isOverdue, reviewAgendaOrder } from './review.ts';
import { newOutcome, type Outcome } from './schema.ts';

const from = { sessionId: 'q3', title: 'Q3', date: '2026-09-30' };

function outcome(itemId: string, fields: Partial<Outcome>): Outcome {
  return { ...newOutcome('q4', itemId, ''), ...fields };
}

describe('a review that follows another', () => {
  it('takes up what is pending first, then what is due for review, then what is new, and what was settled last', () => {
    const items = ['settled', 'fresh', 'due', 'pending', 'fresh2'].map((id) => ({ id }) as Item);
    const outcomes = new Map([
      ['settled', outcome('settled', { status: 'decided', carriedFrom: from })],
      ['due', outcome('due', { status: 'decided', reviewDate: '2026-12-01', carriedFrom: from })],
      ['pending', outcome('pending', { status: 'deferred', carriedFrom: from })],
    ]);
    const order = reviewAgendaOrder(items, outcomes, { date: '2026-12-15' });
    expect(order.map((item) => item.id)).toEqual(['pending', 'due', 'fresh', 'fresh2', 'settled']);
  });

  it('leaves the order of a first review as it was', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id }) as Item);
    const outcomes = new Map([['a', outcome('a', { status: 'decided' })]]);
    expect(reviewAgendaOrder(items, outcomes, { date: '2026-12-15' }).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('dates that have come', () => {
  it('make a decision due for review on its review date, not before', () => {
    const decided = outcome('a', { status: 'decided', reviewDate: '2027-03-01' });
    expect(isDueForReview(decided, '2027-02-28')).toBe(false);
    expect(isDueForReview(decided, '2027-03-01')).toBe(true);
    expect(isDueForReview({ ...decided, status: 'deferred' }, '2027-03-01')).toBe(false);
  });

  it('mark a due date overdue the day after, unless the item was set aside', () => {
    const owed = outcome('a', { status: 'deferred', dueDate: '2026-11-30' });
    expect(isOverdue(owed, '2026-11-30')).toBe(false);
    expect(isOverdue(owed, '2026-12-01')).toBe(true);
    expect(isOverdue({ ...owed, status: 'not-applicable' }, '2026-12-01')).toBe(false);
  });
});
