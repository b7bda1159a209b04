import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoardFlowEdge } from '../graph/elements.ts';
import { HIGHLIGHTED, useGraphFlags } from '../graph/flags.ts';

function BoardEdgeViewInner(props: EdgeProps<BoardFlowEdge>) {
  const { id, source, target, data, markerEnd } = props;
  const far = useGraphFlags((state) => state.far);
  const texts = useGraphFlags((state) => state.texts);
  // Labels in an item view; on the whole board only between the nodes of the item under discussion.
  const labelled = useGraphFlags(
    (state) =>
      !state.far &&
      (state.itemView || ((state.flags.get(source) ?? 0) & (state.flags.get(target) ?? 0) & HIGHLIGHTED) !== 0),
  );
  const [path] = getBezierPath(props);
  const label = labelled && data?.labelAt && texts;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={far ? undefined : markerEnd} interactionWidth={0} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${data.kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${data.labelAt!.x}px, ${data.labelAt!.y}px)` }}
            title={data.full?.[texts.language]}
          >
            {texts.edgeKinds[data.kind]}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const BoardEdgeView = memo(BoardEdgeViewInner);
