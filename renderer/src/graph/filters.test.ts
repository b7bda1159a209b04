import { describe, expect, it } from 'vitest';
import { newOutcome } from '../../../shared/session/schema.ts';
import { syntheticBoardVersion } from '../../../scripts/synthetic/board.ts';
import { EMPTY_FILTERS, matchingNodes, searchBoard } from './filters.ts';

const board = syntheticBoardVersion(200, 4);

describe('the graph filters', () => {
  it('pick out the nodes of open risks, and follow the outcomes recorded', () => {
    const risks = board.items.filter((item) => item.kind === 'risk');
    const filters = { ...EMPTY_FILTERS, kind: 'risk' as const, status: 'open' as const };
    const open = matchingNodes(board, {}, filters)!;
    expect(open).toEqual(new Set(risks.flatMap((item) => item.refs)));
    const decided = { ...newOutcome('s', risks[0]!.id, 'now'), status: 'decided' as const };
    const afterwards = matchingNodes(board, { [risks[0]!.id]: decided }, filters)!;
    const stillOpen = new Set(risks.slice(1).flatMap((item) => item.refs));
    expect(afterwards).toEqual(stillOpen);
  });

  it('combine severity and blocking with the kind, and set nothing when no filter is set', () => {
    expect(matchingNodes(board, {}, EMPTY_FILTERS)).toBeNull();
    const critical = matchingNodes(board, {}, { ...EMPTY_FILTERS, severity: 'critical' })!;
    const expected = board.items.filter((item) => item.kind === 'risk' && item.severity === 'critical');
    expect(critical).toEqual(new Set(expected.flatMap((item) => item.refs)));
    const blocking = matchingNodes(board, {}, { ...EMPTY_FILTERS, blocking: true })!;
    const blockers = board.items.filter((item) => item.kind === 'open-question' && item.blocking);
    expect(blockers.length).toBeGreaterThan(0);
    expect(blocking).toEqual(new Set(blockers.flatMap((item) => item.refs)));
    expect(matchingNodes(board, {}, { ...EMPTY_FILTERS, kind: 'conflict', severity: 'low' })).toEqual(new Set());
  });
});

describe('the graph search', () => {
  it('finds nodes and items by their label in either language, start of a word first', () => {
    const hits = searchBoard(board, 'capability 3.6', 'en');
    expect(hits[0]).toEqual({ type: 'node', id: 'n2_5', label: 'Synthetic platform capability 3.6' });
    expect(searchBoard(board, 'synthetisch punt 7', 'en')[0]).toMatchObject({ type: 'item', id: 'item_6' });
    expect(searchBoard(board, 'punt 7', 'nl')[0]!.label).toBe('Synthetisch punt 7');
  });

  it('ignores case and accents, and finds nothing for an empty query', () => {
    expect(searchBoard(board, 'SYNTHÉTIC PLATFORM CAPABILITY 3.6', 'en')[0]?.id).toBe('n2_5');
    expect(searchBoard(board, '   ', 'en')).toEqual([]);
    expect(searchBoard(board, 'no such thing', 'en')).toEqual([]);
  });
});
