import type { ItemKind } from './kinds.ts';
import type { Board } from './schema.ts';

export type BoardPath = (string | number)[];

/** A problem found in a board; `code` names it, `params` fill the translated message. */
export interface BoardFinding {
  code: BoardFindingCode;
  path: BoardPath;
  params: Record<string, string | number>;
}

export type BoardFindingCode =
  | 'duplicate-id'
  | 'unknown-layer'
  | 'unknown-node'
  | 'unknown-item'
  | 'unknown-variable'
  | 'unknown-value'
  | 'item-without-refs'
  | 'unknown-question'
  | 'duplicate-question-number'
  | 'source-note'
  | 'board-source-note'
  | 'action-timing'
  | 'wrong-item-kind'
  | 'choice-space-recommends';

export interface BoardCheck {
  errors: BoardFinding[];
  warnings: BoardFinding[];
}

function findDuplicates(ids: string[], path: (index: number) => BoardPath): BoardFinding[] {
  const seen = new Set<string>();
  const found: BoardFinding[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push({ code: 'duplicate-id', path: path(index), params: { id } });
    seen.add(id);
  });
  return found;
}

function checkIds(board: Board): BoardFinding[] {
  // Nodes and items share one id space: the graph and the agenda link to both by id.
  const all = [
    ...board.nodes.map((node, index) => ({ id: node.id, path: ['nodes', index, 'id'] })),
    ...board.items.map((item, index) => ({ id: item.id, path: ['items', index, 'id'] })),
  ];
  return [
    ...findDuplicates(
      all.map((entry) => entry.id),
      (index) => all[index]!.path,
    ),
    ...findDuplicates(
      board.layers.map((layer) => layer.id),
      (index) => ['layers', index, 'id'],
    ),
    ...findDuplicates(
      board.traceability.map((row) => row.id),
      (index) => ['traceability', index, 'id'],
    ),
    ...findDuplicates(
      board.context.rules.map((rule) => rule.id),
      (index) => ['context', 'rules', index, 'id'],
    ),
  ];
}

function checkNodeRefs(board: Board): BoardFinding[] {
  const layers = new Set(board.layers.map((layer) => layer.id));
  const nodes = new Set(board.nodes.map((node) => node.id));
  const items = new Set(board.items.map((item) => item.id));
  const found: BoardFinding[] = [];
  const needNode = (id: string, path: BoardPath) => {
    if (!nodes.has(id)) found.push({ code: 'unknown-node', path, params: { id } });
  };
  board.nodes.forEach((node, index) => {
    if (!layers.has(node.layer))
      found.push({ code: 'unknown-layer', path: ['nodes', index, 'layer'], params: { id: node.layer } });
  });
  board.edges.forEach((edge, index) => {
    needNode(edge.from, ['edges', index, 'from']);
    needNode(edge.to, ['edges', index, 'to']);
  });
  board.items.forEach((item, index) => {
    item.refs.forEach((ref, refIndex) => needNode(ref, ['items', index, 'refs', refIndex]));
    if (item.kind === 'action-item')
      item.closes.forEach((id, closeIndex) => {
        if (!items.has(id))
          found.push({ code: 'unknown-item', path: ['items', index, 'closes', closeIndex], params: { id } });
      });
  });
  board.traceability.forEach((row, index) =>
    row.refs.forEach((ref, refIndex) => needNode(ref, ['traceability', index, 'refs', refIndex])),
  );
  board.context.rules.forEach((rule, index) =>
    rule.refs.forEach((ref, refIndex) => needNode(ref, ['context', 'rules', index, 'refs', refIndex])),
  );
  return found;
}

function checkContextRules(board: Board): BoardFinding[] {
  const variables = new Map(board.context.variables.map((v) => [v.id, new Set(v.values.map((x) => x.id))]));
  const found: BoardFinding[] = [];
  board.context.rules.forEach((rule, index) => {
    for (const [variable, values] of Object.entries(rule.when)) {
      const allowed = variables.get(variable);
      if (!allowed) {
        found.push({
          code: 'unknown-variable',
          path: ['context', 'rules', index, 'when', variable],
          params: { id: variable },
        });
        continue;
      }
      values.forEach((value, valueIndex) => {
        if (!allowed.has(value))
          found.push({
            code: 'unknown-value',
            path: ['context', 'rules', index, 'when', variable, valueIndex],
            params: { id: value, variable },
          });
      });
    }
  });
  return found;
}

function questionWarnings(board: Board): BoardFinding[] {
  // Traceability cites questions by plain number, so only unseries'd questions can be cited.
  const numbers = new Set<number>();
  const seen = new Set<string>();
  const found: BoardFinding[] = [];
  board.items.forEach((item, index) => {
    if (item.kind !== 'open-question') return;
    const key = `${item.series ?? ''}#${item.number}`;
    if (seen.has(key))
      found.push({
        code: 'duplicate-question-number',
        path: ['items', index, 'number'],
        params: { number: item.number },
      });
    seen.add(key);
    if (!item.series) numbers.add(item.number);
  });
  board.traceability.forEach((row, index) =>
    row.questions.forEach((question, questionIndex) => {
      if (!numbers.has(question.number))
        found.push({
          code: 'unknown-question',
          path: ['traceability', index, 'questions', questionIndex, 'number'],
          params: { number: question.number },
        });
    }),
  );
  return found;
}

function itemWarnings(board: Board): BoardFinding[] {
  const found: BoardFinding[] = [];
  board.items.forEach((item, index) => {
    if (item.refs.length === 0)
      found.push({ code: 'item-without-refs', path: ['items', index, 'refs'], params: { id: item.id } });
    item.sourceNotes.forEach((note, noteIndex) =>
      found.push({
        code: 'source-note',
        path: ['items', index, 'sourceNotes', noteIndex],
        // Both languages travel along; the reader picks `note_<language>` as `note`.
        params: { id: item.id, note_nl: note.nl, note_en: note.en },
      }),
    );
  });
  return found;
}

/** A decision's rule must be a decision rule, and what it depends on must be open questions. */
function checkDecisionLinks(board: Board): BoardFinding[] {
  const kinds = new Map(board.items.map((item) => [item.id, item.kind]));
  const found: BoardFinding[] = [];
  const need = (id: string, expected: ItemKind, path: BoardPath) => {
    const kind = kinds.get(id);
    if (kind === undefined) found.push({ code: 'unknown-item', path, params: { id } });
    else if (kind !== expected) found.push({ code: 'wrong-item-kind', path, params: { id, expected } });
  };
  board.items.forEach((item, index) => {
    if (item.kind !== 'decision') return;
    if (item.rule !== undefined) need(item.rule, 'decision-rule', ['items', index, 'rule']);
    item.dependsOn.forEach((id, at) => need(id, 'open-question', ['items', index, 'dependsOn', at]));
  });
  return found;
}

/** A choice space lays out options without a preference, so none of its options is marked recommended. */
function checkChoiceSpaces(board: Board): BoardFinding[] {
  return board.items.flatMap((item, index) =>
    item.kind !== 'choice-space'
      ? []
      : item.options.flatMap((option, at): BoardFinding[] =>
          option.recommended
            ? [
                {
                  code: 'choice-space-recommends',
                  path: ['items', index, 'options', at, 'recommended'],
                  params: { id: item.id, option: option.id },
                },
              ]
            : [],
        ),
  );
}

function boardNoteWarnings(board: Board): BoardFinding[] {
  return board.meta.sourceNotes.map((note, index) => ({
    code: 'board-source-note',
    path: ['meta', 'sourceNotes', index],
    params: { note_nl: note.nl, note_en: note.en },
  }));
}

/**
 * An action item says when, exactly one way: an urgency band, a roadmap phase, or a stage of one of the
 * board's own layers (of a layer the board has).
 */
function checkActionTiming(board: Board): BoardFinding[] {
  const layers = new Set(board.layers.map((layer) => layer.id));
  return board.items.flatMap((item, index): BoardFinding[] => {
    if (item.kind !== 'action-item') return [];
    const timings = [item.priority, item.phase, item.stage].filter((timing) => timing !== undefined);
    const found: BoardFinding[] = [];
    if (timings.length !== 1) found.push({ code: 'action-timing', path: ['items', index], params: { id: item.id } });
    if (item.stage && !layers.has(item.stage.layer))
      found.push({ code: 'unknown-layer', path: ['items', index, 'stage', 'layer'], params: { id: item.stage.layer } });
    return found;
  });
}

/** Cross-reference checks that a schema alone cannot express. */
export function checkBoard(board: Board): BoardCheck {
  return {
    errors: [
      ...checkIds(board),
      ...checkNodeRefs(board),
      ...checkDecisionLinks(board),
      ...checkContextRules(board),
      ...checkActionTiming(board),
      ...checkChoiceSpaces(board),
    ],
    warnings: [...boardNoteWarnings(board), ...questionWarnings(board), ...itemWarnings(board)],
  };
}
