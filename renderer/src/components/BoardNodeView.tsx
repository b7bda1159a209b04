import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Item } from '../../../shared/board/schema.ts';
import type { BoardFlowNode } from '../graph/elements.ts';
import { OUTCOME_STATUSES, type Outcome, type OutcomeStatus } from '../../../shared/session/schema.ts';
import { DIMMED, HIGHLIGHTED, MATCHED, PICKED, useGraphFlags, type GraphTexts } from '../graph/flags.ts';
import { LANE_OF_TYPE } from '../graph/geometry.ts';
import { hyphenate } from '../../../shared/typography/hyphenate.ts';
import { useOutcomes } from '../stores/index.ts';

function flagClasses(flags: number): string {
  return [
    flags & HIGHLIGHTED ? ' highlighted' : '',
    flags & DIMMED ? ' dimmed' : '',
    flags & MATCHED ? ' matched' : '',
    flags & PICKED ? ' picked' : '',
  ].join('');
}

type Counts = Record<OutcomeStatus, number>;

function countStatuses(items: readonly Item[], outcomes: Readonly<Record<string, Outcome>>): Counts {
  const counts = { open: 0, decided: 0, deferred: 0, escalated: 0, 'not-applicable': 0 };
  for (const item of items) counts[outcomes[item.id]?.status ?? 'open']++;
  return counts;
}

/** The state of the node's items in this session: a bar in proportion, and the counts in words. */
function ItemStates({ items, texts }: { items: readonly Item[]; texts: GraphTexts }) {
  const counts = useOutcomes(useShallow((state) => countStatuses(items, state.outcomes)));
  if (items.length === 0) return <div className="board-node-states empty">{texts.noItems}</div>;
  const present = OUTCOME_STATUSES.filter((status) => counts[status] > 0);
  const words = present.map((status) => texts.statusCount(status, counts[status])).join(' · ');
  return (
    <div className="board-node-states" title={words}>
      <div className="board-node-bar" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`status-${status}`} style={{ flexGrow: counts[status] }} />
        ))}
      </div>
      <div className="board-node-counts">{words}</div>
    </div>
  );
}

function BoardNodeViewInner({ id, data }: NodeProps<BoardFlowNode>) {
  const flags = useGraphFlags((state) => state.flags.get(id) ?? 0);
  const far = useGraphFlags((state) => state.far);
  const texts = useGraphFlags((state) => state.texts);
  const compactLines = useGraphFlags((state) => state.compactLines);
  const { node, items } = data;
  const lane = LANE_OF_TYPE[node.type];
  // Handles stay in the page at every zoom (edges are measured from them), hidden by the style sheet.
  const handles = (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
  if (far || !texts)
    return (
      <div className={`board-node far lane-${lane}${flagClasses(flags)}`} data-node-id={node.id}>
        {handles}
      </div>
    );
  // The compact chain view: the label alone, large; the lane heading says the type.
  if (compactLines)
    return (
      <div
        className={`board-node compact lines-${compactLines} lane-${lane}${flagClasses(flags)}`}
        data-node-id={node.id}
      >
        {handles}
        <div className="board-node-label" title={node.label[texts.language]}>
          {hyphenate(node.label[texts.language], texts.language)}
        </div>
      </div>
    );
  return (
    <div className={`board-node lane-${lane}${flagClasses(flags)}`} data-node-id={node.id}>
      {handles}
      <div className="board-node-type">{texts.types[node.type]}</div>
      <div className="board-node-label">{hyphenate(node.label[texts.language], texts.language)}</div>
      <ItemStates items={items} texts={texts} />
    </div>
  );
}

export const BoardNodeView = memo(BoardNodeViewInner);
