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
    sourceNotes: [],
    startHere: false,
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
  authorNotes: [],
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
  authorNotes: [],
  closes: [],
  ...fields,
});

const rule: Item = {
  id: 'rule',
  kind: 'decision-rule',
  title: text('Rule'),
  use: text('X'),
  unless: [],
  alternatives: [],
  refs: ['n1'],
  source: { document: 'd', section: '12' },
  options: [],
  checklist: [],
  sourceNotes: [],
  authorNotes: [],
};

const decision = (fields: Partial<Extract<Item, { kind: 'decision' }>>): Item => ({
  id: 'dec',
  kind: 'decision',
  title: text('Decision'),
  decided: text('X'),
  dependsOn: [],
  revisitWhen: [],
  alternatives: [],
  refs: ['n1'],
  source: { document: 'd', section: '2' },
  options: [],
  checklist: [],
  sourceNotes: [],
  authorNotes: [],
  ...fields,
});

const option = (id: string, recommended: boolean) => ({ id, label: text(id), recommended });

describe('checking a board beyond its schema', () => {
  it("requires a decision's rule to be a decision rule and what it depends on to be open questions", () => {
    const good = withItems(rule, question('q1', 1), decision({ rule: 'rule', dependsOn: ['q1'] }));
    expect(checkBoard(good).errors).toEqual([]);
    const swapped = withItems(rule, question('q1', 1), decision({ rule: 'q1', dependsOn: ['rule', 'gone'] }));
    expect(checkBoard(swapped).errors).toEqual([
      { code: 'wrong-item-kind', path: ['items', 2, 'rule'], params: { id: 'q1', expected: 'decision-rule' } },
      {
        code: 'wrong-item-kind',
        path: ['items', 2, 'dependsOn', 0],
        params: { id: 'rule', expected: 'open-question' },
      },
      { code: 'unknown-item', path: ['items', 2, 'dependsOn', 1], params: { id: 'gone' } },
    ]);
  });

  it('refuses a choice space that marks one of its options as recommended', () => {
    const space = (recommended: boolean): Item => ({
      ...rule,
      id: 'space',
      kind: 'choice-space',
      options: [option('a', false), option('b', recommended)],
    });
    expect(checkBoard(withItems(space(false))).errors).toEqual([]);
    expect(checkBoard(withItems(space(true))).errors).toEqual([
      {
        code: 'choice-space-recommends',
        path: ['items', 0, 'options', 1, 'recommended'],
        params: { id: 'space', option: 'b' },
      },
    ]);
  });

  it('turns notes on the board as a whole into warnings, in both languages', () => {
    const board = { ...base, meta: { ...base.meta, sourceNotes: [text('The sources disagree')] } };
    expect(checkBoard(board).warnings).toEqual([
      {
        code: 'board-source-note',
        path: ['meta', 'sourceNotes', 0],
        params: { note_nl: 'The sources disagree (nl)', note_en: 'The sources disagree' },
      },
    ]);
  });

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

  it("also accepts a stage of the board's own layer as an action item's timing, as the only timing, of a known layer", () => {
    const stage = { layer: 'layer0', title: text('Prepare now') };
    expect(checkBoard(withItems(action({ stage }))).errors).toEqual([]);
    expect(checkBoard(withItems(action({ priority: 'week-1', stage }))).errors.map((e) => e.code)).toEqual([
      'action-timing',
    ]);
    expect(checkBoard(withItems(action({ stage: { ...stage, layer: 'layer9' } }))).errors).toEqual([
      { code: 'unknown-layer', path: ['items', 0, 'stage', 'layer'], params: { id: 'layer9' } },
    ]);
  });

  it('refuses ids shared by a node and an item, since both are linked to by id', () => {
    const clash = { ...question('n1', 1) };
    expect(checkBoard(withItems(clash)).errors.map((e) => e.code)).toEqual(['duplicate-id']);
  });
});
