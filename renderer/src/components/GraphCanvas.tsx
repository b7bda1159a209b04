import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { Board, BoardEdge, BoardNode } from '../../../shared/board/schema.ts';
import { flowEdges, flowNodes, type BoardFlowEdge, type BoardFlowNode } from '../graph/elements.ts';
import type { Positions } from '../graph/geometry.ts';
import { boundsOf, lanesOf } from '../graph/lanes.ts';
import { useDetailLevel } from '../graph/useDetailLevel.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { useFitting } from '../graph/useFitting.ts';
import { useFlowAriaLabels, useNaming } from '../graph/useNaming.ts';
import { useNodeEvents } from '../graph/useNodeEvents.ts';
import { useRevealNode } from '../graph/useReveal.ts';
import { MAX_ZOOM, VISIBLE_ONLY_ABOVE } from '../graph/zoom.ts';
import { BoardEdgeView } from './BoardEdgeView.tsx';
import { BoardNodeView } from './BoardNodeView.tsx';
import { GraphCaption } from './GraphCaption.tsx';
import { GraphOverview } from './GraphOverview.tsx';
import { CenterOnRequest, FocusOnNodes, GraphControls, GraphMiniMap, LaneBands } from './GraphParts.tsx';
import { LaneHeadings } from './LaneHeadings.tsx';

const nodeTypes = { board: BoardNodeView };
const edgeTypes = { board: BoardEdgeView };
const NO_EDGES: BoardFlowEdge[] = [];
const NO_NODES: BoardFlowNode[] = [];

export interface GraphPart {
  nodes: readonly BoardNode[];
  edges: readonly BoardEdge[];
}

interface CanvasProps {
  board: Board;
  part: GraphPart;
  positions: Positions;
  itemView: boolean;
  /** The item whose view this is, if it is one. */
  itemId: string | null;
  presenter: boolean;
  highlighted: ReadonlySet<string>;
  captionId: string;
}

/** The nodes and the edges of the part, built when they are to be drawn. */
function useElements(props: CanvasProps, detail: boolean) {
  const { board, part, positions, itemView, itemId, presenter, captionId } = props;
  const naming = useNaming(captionId, presenter);
  const nodes = useMemo(
    () => (detail ? flowNodes(board, part, positions, naming) : NO_NODES),
    [detail, board, part, positions, naming],
  );
  const edges = useMemo(
    () => (detail ? flowEdges(board, part, positions, naming, itemView ? (itemId ?? '') : null) : NO_EDGES),
    [detail, board, part, positions, naming, itemView, itemId],
  );
  return { nodes, edges };
}

/** Where the part's nodes are, with the box around them and the lanes they make. */
function usePlaces(part: GraphPart, positions: Positions) {
  const shownPositions = useMemo(
    () =>
      Object.fromEntries(
        part.nodes.flatMap((node) => (positions[node.id] ? [[node.id, positions[node.id]]] : [])),
      ) as Positions,
    [part, positions],
  );
  const bounds = useMemo(() => boundsOf(shownPositions), [shownPositions]);
  const lanes = useMemo(() => lanesOf(part.nodes, shownPositions), [part, shownPositions]);
  return { shownPositions, bounds, lanes };
}

function Canvas(props: CanvasProps) {
  const { board, part, positions, itemView, presenter, highlighted, captionId } = props;
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const { shownPositions, bounds, lanes } = usePlaces(part, positions);
  const reveal = useRevealNode(shownPositions, container);
  const many = Object.keys(shownPositions).length > VISIBLE_ONLY_ABOVE && !itemView && !presenter;
  const { overview, detail, onViewportReady } = useDetailLevel(many);
  const { nodes, edges } = useElements(props, detail);
  const lines = useMemo(() => part.edges.map((edge) => ({ source: edge.from, target: edge.to })), [part]);
  const drawnNodes = useMemo(
    () => (overview ? nodes.map((node) => ({ ...node, hidden: true })) : nodes),
    [overview, nodes],
  );
  const fit = useFitting({ size, bounds, positions: shownPositions, highlighted, itemView, presenter, many });
  const ariaLabelConfig = useFlowAriaLabels();
  const events = useNodeEvents(shownPositions, reveal);

  return (
    <div className={`graph-canvas${many ? ' many' : ''}`} onKeyDown={events.onKeyDown} onFocus={events.onFocus}>
      <LaneHeadings lanes={lanes} />
      <div className="graph-flow" ref={container}>
        {size && (
          <ReactFlow
            nodes={drawnNodes}
            edges={overview ? NO_EDGES : edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={presenter ? undefined : events.onNodeClick}
            onNodeMouseEnter={presenter ? undefined : events.onNodeMouseEnter}
            ariaLabelConfig={ariaLabelConfig}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            edgesFocusable={false}
            nodesFocusable={!presenter}
            panOnDrag={!presenter}
            zoomOnScroll={!presenter}
            zoomOnDoubleClick={!presenter}
            onlyRenderVisibleElements={many}
            // A big board starts at its whole-board view, so it is drawn far away from the first frame.
            defaultViewport={fit.wholeBoard}
            onInit={onViewportReady}
            fitView={!many}
            fitViewOptions={fit.fitViewOptions}
            minZoom={fit.minZoom}
            maxZoom={MAX_ZOOM}
            proOptions={{ hideAttribution: true }}
          >
            <LaneBands lanes={lanes} bounds={bounds} />
            {overview && <GraphOverview nodes={part.nodes} edges={lines} positions={shownPositions} bounds={bounds} />}
            <CenterOnRequest reveal={reveal} positions={shownPositions} />
            {!itemView && <FocusOnNodes nodeIds={highlighted} positions={shownPositions} />}
            {!presenter && <GraphControls wholeBoard={fit.wholeBoard} fitViewOptions={fit.fitViewOptions} />}
            {!presenter && !itemView && !overview && <GraphMiniMap />}
          </ReactFlow>
        )}
      </div>
      {!presenter && <GraphCaption id={captionId} board={board} edges={edges} />}
    </div>
  );
}

/** The graph of a laid-out part of a board: lanes with headings, nodes, edges, caption and controls. */
export function GraphCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
