import { describe, expect, it } from 'vitest';
import { checkBoard } from './check.ts';
import type { Board, Item } from './schema.ts';

const text = (en: string) => ({ nl: `${en} (nl)`, en });
const base: Board = {
  meta: {
    id: 'b',
    version: '1',
    title: text('Board'),
    languages: ['nl', 'en'],
    credit: 'c',
    licence: 'MIT',
    documents: [],
  },
  layers: [{ id: 'layer0', title: text('Layer 0') }],
  nodes: [{ id: 'n1', layer: 'layer0', type: 'business-requirement', label: text('Node') }],
  edges: [],
  items: [],
  context: { variables: [], rules: [] },
  traceability: [],
};

function withItems(...items: Item[]): Board {
  return { ...base, items };
}

const question = (id: string, number: number, series?: string): Item => ({
  id,
  kind: 'open-question',
  number,
  series,
  title: text(id),
  question: text('?'),
  criteria: [],
  blocking: false,
  refs: ['n1'],
  source: { document: 'd', section: '1' },
  options: [],
  checklist: [],
  sourceNotes: [],
});

const action = (fields: Partial<Extract<Item, { kind: 'action-item' }>>): Item => ({
  id: 'act',
  kind: 'action-item',
  title: text('Act'),
  refs: ['n1'],
  source: { document: 'd', section: '7' },
  options: [],
  checklist: [],
  sourceNotes: [],
  closes: [],
  ...fields,
});

describe('checking a board beyond its schema', () => {
  it('warns about a question number used twice, but not across separately numbered series', () => {
    expect(checkBoard(withItems(question('q1', 1), question('q1b', 1))).warnings.map((w) => w.code)).toEqual([
      'duplicate-question-number',
    ]);
    expect(checkBoard(withItems(question('a1', 1, 'section_1'), question('b1', 1, 'section_2'))).warnings).toEqual([]);
  });

  it('warns when the traceability matrix cites a question the board does not have', () => {
    const board = {
      ...withItems(question('q1', 1)),
      traceability: [
        { id: 't', requirement: text('R'), refs: ['n1'], questions: [{ number: 7, asCited: text('Q7') }] },
      ],
    };
    expect(checkBoard(board).warnings).toEqual([
      { code: 'unknown-question', path: ['traceability', 0, 'questions', 0, 'number'], params: { number: 7 } },
    ]);
  });

  it('requires an action item to have a priority band or a roadmap phase, not both', () => {
    const phase = { number: 1, title: text('Foundation'), weeks: '1-4' };
    expect(checkBoard(withItems(action({ priority: 'week-1' }))).errors).toEqual([]);
    expect(checkBoard(withItems(action({ phase }))).errors).toEqual([]);
    expect(checkBoard(withItems(action({}))).errors.map((e) => e.code)).toEqual(['action-timing']);
    expect(checkBoard(withItems(action({ priority: 'week-1', phase }))).errors.map((e) => e.code)).toEqual([
      'action-timing',
    ]);
  });

  it('refuses ids shared by a node and an item, since both are linked to by id', () => {
    const clash = { ...question('n1', 1) };
    expect(checkBoard(withItems(clash)).errors.map((e) => e.code)).toEqual(['duplicate-id']);
  });
});
