import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Board, BoardEdge, BoardNode } from '../../../shared/board/schema.ts';
import { flowEdges, flowNodes, type BoardFlowEdge, type BoardFlowNode } from '../graph/elements.ts';
import { keptChainLayout } from '../graph/keptChainLayout.ts';
import { useChainLayoutAhead } from '../graph/useChainLayoutAhead.ts';
import { useGraphFlagsStore } from '../graph/flags.ts';
import { NODE_BOX, type Box, type Positions } from '../graph/geometry.ts';
import { boundsOf, lanesOf, type Bounds } from '../graph/lanes.ts';
import { useDetailLevel } from '../graph/useDetailLevel.ts';
import { useElementSize } from '../graph/useElementSize.ts';
import { useFitting } from '../graph/useFitting.ts';
import { useFlowAriaLabels, useNaming } from '../graph/useNaming.ts';
import { useNodeEvents } from '../graph/useNodeEvents.ts';
import { useRevealNode } from '../graph/useReveal.ts';
import { MAX_ZOOM, VISIBLE_ONLY_ABOVE } from '../graph/zoom.ts';
import { BoardEdgeView } from './BoardEdgeView.tsx';
import { BoardNodeView } from './BoardNodeView.tsx';
import { GraphAreas } from './GraphAreas.tsx';
import { GraphCaption } from './GraphCaption.tsx';
import { GraphOverview } from './GraphOverview.tsx';
import {
  CenterOnRequest,
  FocusOnNodes,
  GraphControls,
  GraphMiniMap,
  LaneBands,
  RefitOnLarge,
  ShowWhole,
} from './GraphParts.tsx';
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
  /** The board's kept or computed layout; null for an item's view, laid out here to fit its pane. */
  positions: Positions | null;
  itemView: boolean;
  /** The item whose view this is, if it is one. */
  itemId: string | null;
  presenter: boolean;
  highlighted: ReadonlySet<string>;
  captionId: string;
}

/** The nodes and the edges of the part, built when they are to be drawn. */
function useElements(props: CanvasProps, places: Places, detail: boolean) {
  const { board, part, itemView, itemId, presenter, captionId } = props;
  const { positions, box, compact } = places;
  const naming = useNaming(captionId, presenter);
  const nodes = useMemo(
    () => (detail ? flowNodes(board, part, positions, naming, box) : NO_NODES),
    [detail, board, part, positions, naming, box],
  );
  const edges = useMemo(
    () =>
      detail
        ? flowEdges(board, part, positions, naming, itemView ? (itemId ?? '') : null, compact ? box : null)
        : NO_EDGES,
    [detail, board, part, positions, naming, itemView, itemId, compact, box],
  );
  return { nodes, edges };
}

interface Places {
  /** Where the part's nodes are (only those of the part). */
  positions: Positions;
  box: Box;
  compact: boolean;
  /** What the compact chain view's fit shows: its nodes, the room of its lane headings and its padding. */
  extent?: Bounds;
}

/**
 * Where the part's nodes are, with the box around them and the lanes they make: the layout given,
 * or the compact chain view laid out for the pane's size (at once, so an item is never an empty pane).
 */
function usePlaces(part: GraphPart, positions: Positions | null, size: Box | null) {
  const flags = useGraphFlagsStore();
  const chain = useMemo(() => (positions || !size ? null : keptChainLayout(part, size)), [part, positions, size]);
  useLayoutEffect(() => flags.setState({ compactLines: chain?.lines ?? 0 }), [flags, chain]);
  // A node of the item before that is not on this graph: the caption stops describing it.
  useLayoutEffect(() => {
    const active = flags.getState().activeNodeId;
    if (active && !part.nodes.some((node) => node.id === active)) flags.setState({ activeNodeId: null });
  }, [flags, part]);
  const places = useMemo<Places>(() => {
    if (chain) return { positions: chain.positions, box: chain.box, compact: true, extent: chain.extent };
    const given = positions ?? {};
    const own = part.nodes.flatMap((node) => (given[node.id] ? [[node.id, given[node.id]]] : []));
    return { positions: Object.fromEntries(own) as Positions, box: NODE_BOX, compact: false };
  }, [chain, part, positions]);
  const bounds = useMemo(() => boundsOf(places.positions, places.box), [places]);
  const lanes = useMemo(() => lanesOf(part.nodes, places.positions, places.box), [part, places]);
  return { places, bounds, lanes };
}

function Canvas(props: CanvasProps) {
  const { board, part, positions, itemView, presenter, highlighted, captionId } = props;
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const { places, bounds, lanes } = usePlaces(part, positions, size);
  useChainLayoutAhead(board, props.itemId, size, itemView && !presenter);
  const shownPositions = places.positions;
  const reveal = useRevealNode(shownPositions, container, places.box);
  const many = Object.keys(shownPositions).length > VISIBLE_ONLY_ABOVE && !itemView && !presenter;
  const { overview, detail, onViewportReady } = useDetailLevel(many);
  const { nodes, edges } = useElements(props, places, detail);
  const lines = useMemo(() => part.edges.map((edge) => ({ source: edge.from, target: edge.to })), [part]);
  const drawnNodes = useMemo(
    () => (overview ? nodes.map((node) => ({ ...node, hidden: true })) : nodes),
    [overview, nodes],
  );
  const fit = useFitting({ size, bounds, extent: places.extent, many });
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
            defaultViewport={fit.wholeBoard ?? fit.compactView}
            onInit={onViewportReady}
            fitView={!many && !places.compact}
            fitViewOptions={fit.fitViewOptions}
            minZoom={fit.minZoom}
            maxZoom={MAX_ZOOM}
            proOptions={{ hideAttribution: true }}
          >
            <LaneBands lanes={lanes} bounds={bounds} compact={places.compact} />
            {overview && <GraphOverview nodes={part.nodes} edges={lines} positions={shownPositions} bounds={bounds} />}
            <CenterOnRequest reveal={reveal} positions={shownPositions} />
            {fit.compactView && <ShowWhole viewport={fit.compactView} />}
            {!presenter && fit.boardView && <RefitOnLarge size={size} viewport={fit.boardView} />}
            {!itemView && <FocusOnNodes nodeIds={highlighted} positions={shownPositions} />}
            {!presenter && (
              <GraphControls
                fitTo={fit.wholeBoard ?? fit.compactView}
                fitViewOptions={fit.fitViewOptions}
                compact={places.compact}
              />
            )}
            {!presenter && !itemView && !overview && <GraphMiniMap size={size} fitZoom={fit.fitZoom} />}
          </ReactFlow>
        )}
        {size && !places.compact && <GraphAreas nodes={part.nodes} positions={shownPositions} box={places.box} />}
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
