/**
 * A plain React Flow page for `npm run bench -- board-graph`, not part of the app: default nodes of
 * the app's size on the app's positions, in a container of the app's size, with the app's fit view,
 * zoom limits and visible-only rule, nodes not draggable and nothing selectable as in the app (so a
 * drag pans in both), and nothing else. What the app's graph costs beyond React Flow
 * itself is the difference between the two. The bench calls `window.benchLoad` with the board.
 */
import '@xyflow/react/dist/style.css';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../src/graph/geometry.ts';
import { boundsOf } from '../src/graph/lanes.ts';

export interface PlainBoard {
  positions: Positions;
  edges: { from: string; to: string }[];
  /** The app's `.graph-flow` size, in CSS pixels. */
  width: number;
  height: number;
}

declare global {
  interface Window {
    benchLoad: (board: PlainBoard) => void;
  }
}

// The app's rules (GraphCanvas.tsx), repeated here so this page stays plain React Flow.
const READABLE_ZOOM = 0.8;
const MAX_ZOOM = 2;
const VISIBLE_ONLY_ABOVE = 300;
const FIT_VIEW_OPTIONS = { includeHiddenNodes: true, padding: 0.04, maxZoom: 1.4 };

function minZoomFor(positions: Positions, width: number, height: number): number {
  const bounds = boundsOf(positions);
  const fitZoom = Math.min(width / (bounds.width + 80), height / (bounds.height + 80));
  return Math.max(0.002, Math.min(READABLE_ZOOM, fitZoom * 0.9));
}

function PlainGraph({ board }: { board: PlainBoard }) {
  const nodes = useMemo<Node[]>(
    () =>
      Object.entries(board.positions).map(([id, position]) => ({
        id,
        position,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        data: { label: id },
      })),
    [board],
  );
  const edges = useMemo<Edge[]>(
    () => board.edges.map((edge, index) => ({ id: `e${index}`, source: edge.from, target: edge.to })),
    [board],
  );
  return (
    <div style={{ width: board.width, height: board.height }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        // As in the app, so a drag pans in both pages wherever it starts: nodes are not dragged, and edges
        // that cannot be selected let the pointer through (React Flow gives them pointer-events: none).
        nodesDraggable={false}
        elementsSelectable={false}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={minZoomFor(board.positions, board.width, board.height)}
        maxZoom={MAX_ZOOM}
      />
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
window.benchLoad = (board) => root.render(<PlainGraph board={board} />);
