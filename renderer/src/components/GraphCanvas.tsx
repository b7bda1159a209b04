import {
  ControlButton,
  Controls,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  ViewportPortal,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, BoardEdge, BoardNode } from '../../../shared/board/schema.ts';
import {
  flowEdges,
  flowNodes,
  type BoardFlowEdge,
  type BoardFlowNode,
  type EdgeKind,
  type Naming,
} from '../graph/elements.ts';
import { useGraphFlags, useGraphFlagsStore } from '../graph/flags.ts';
import { LANE_OF_TYPE, NODE_HEIGHT, NODE_WIDTH, type Positions } from '../graph/geometry.ts';
import { ARROW_DIRECTIONS, nearestInDirection } from '../graph/keyboardNav.ts';
import { boundsOf, lanesOf, type Bounds, type Lane } from '../graph/lanes.ts';
import { matchesShortcut } from '../shortcuts.ts';
import { translatedTemplate } from '../translatedTemplate.ts';
import { usePreferences, useWalkthrough } from '../stores/index.ts';
import { BoardEdgeView } from './BoardEdgeView.tsx';
import { BoardNodeView } from './BoardNodeView.tsx';
import { GraphCaption } from './GraphCaption.tsx';
import { GraphOverview } from './GraphOverview.tsx';
import { LaneHeadings } from './LaneHeadings.tsx';

const nodeTypes = { board: BoardNodeView };

/** Four corners of a frame: the whole board. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
const edgeTypes = { board: BoardEdgeView };

/** Below this zoom nodes are plain boxes: their text would be too small to read anyway. */
export const FAR_ZOOM = 0.45;
/** Node labels are 20 px: from this zoom on they are at least 16 px on the screen. */
export const READABLE_ZOOM = 0.8;
const MAX_ZOOM = 2;
/** Above this many nodes only those in view are in the page, and far away the board is one drawing. */
const VISIBLE_ONLY_ABOVE = 300;
const NO_EDGES: BoardFlowEdge[] = [];
const NO_NODES: BoardFlowNode[] = [];
const LANE_COLOURS = ['#9db8e8', '#8cc79b', '#c9b36b', '#c792c9'];

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

/** A band behind each lane, so the lanes read as columns at every zoom. */
function LaneBands({ lanes, bounds }: { lanes: Lane[]; bounds: Bounds }) {
  return (
    <ViewportPortal>
      {lanes.map((lane) => (
        <div
          key={lane.lane}
          className={`lane-band lane-${lane.lane}`}
          style={{
            transform: `translate(${lane.x - 30}px, ${bounds.y - 30}px)`,
            width: lane.width + 60,
            height: bounds.height + 60,
          }}
        />
      ))}
    </ViewportPortal>
  );
}

/** Brings a node into view (zooming in to a readable size if asked) and gives it the keyboard focus. */
function useRevealNode(positions: Positions, container: React.RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (nodeId: string, readable: boolean) => {
      const at = positions[nodeId];
      if (!at) return;
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      const inView =
        at.x * zoom + x >= 0 &&
        (at.x + NODE_WIDTH) * zoom + x <= width &&
        at.y * zoom + y >= 0 &&
        (at.y + NODE_HEIGHT) * zoom + y <= height;
      if (!inView || (readable && zoom < READABLE_ZOOM))
        void flow.setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, {
          zoom: readable ? Math.max(zoom, 1) : zoom,
          duration: 250,
        });
      // A node out of view is not in the page yet: focus it once it has been drawn.
      let tries = 0;
      const focus = () => {
        const element = container.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`,
        );
        if (element) element.focus({ preventScroll: true });
        else if (tries++ < 60) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    },
    [flow, store, positions, container],
  );
}

/** Answers a request (from the search) to show a node, once the node is on this graph. */
function CenterOnRequest({
  reveal,
  positions,
}: {
  reveal: (id: string, readable: boolean) => void;
  positions: Positions;
}) {
  const request = useGraphFlags((state) => state.centerRequest);
  const flags = useGraphFlagsStore();
  useEffect(() => {
    if (!request || !positions[request.nodeId]) return;
    reveal(request.nodeId, true);
    flags.setState({ centerRequest: null });
  }, [request, positions, reveal, flags]);
  return null;
}

/**
 * The viewport that shows this box whole. Computed here rather than with React Flow's fitView,
 * which on a big board waits for nodes that are never drawn and may then jump later.
 */
function viewportShowing(
  bounds: Bounds,
  size: { width: number; height: number },
  limits: { minZoom: number; maxZoom: number; padding: number },
) {
  return getViewportForBounds(bounds, size.width, size.height, limits.minZoom, limits.maxZoom, limits.padding);
}

/** On the whole board, the nodes of the item under discussion are brought into view. */
function FocusOnNodes({ nodeIds, positions }: { nodeIds: ReadonlySet<string>; positions: Positions }) {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const key = [...nodeIds].join(' ');
  useEffect(() => {
    if (!key) return;
    const own = Object.fromEntries(key.split(' ').flatMap((id) => (positions[id] ? [[id, positions[id]]] : [])));
    if (Object.keys(own).length === 0) return;
    const { width, height, minZoom } = store.getState();
    void setViewport(viewportShowing(boundsOf(own), { width, height }, { minZoom, maxZoom: 1.4, padding: 0.2 }), {
      duration: 400,
    });
  }, [key, positions, setViewport, store]);
  return null;
}

function useElementSize(ref: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function Canvas(props: CanvasProps) {
  const { board, part, positions, itemView, itemId, presenter, highlighted, captionId } = props;
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const focusNode = useWalkthrough((state) => state.focusNode);
  const flags = useGraphFlagsStore();
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);

  const naming = useMemo<Naming>(() => {
    const nodeName = translatedTemplate((values) => t('graph.nodeName', values), ['type', 'label']);
    const edgeName = translatedTemplate((values) => t('graph.edgeName', values), ['from', 'kind', 'to']);
    // Each type's and kind's name asked for once, not once per node and edge.
    const typeNames = new Map<BoardNode['type'], string>();
    const kindNames = new Map<EdgeKind, string>();
    const typeName = (type: BoardNode['type']) =>
      typeNames.get(type) ?? typeNames.set(type, t(`graph.nodeTypes.${type}`)).get(type)!;
    const kindName = (kind: EdgeKind) =>
      kindNames.get(kind) ?? kindNames.set(kind, t(`graph.edgeKinds.${kind}`)).get(kind)!;
    return {
      nodeName: (node) => nodeName({ type: typeName(node.type), label: node.label[language] }),
      edgeName: (from, kind, to, full) =>
        [
          edgeName({
            from: from.label[language],
            kind: kindName(kind),
            to: to.label[language],
          }),
          full?.[language],
        ]
          .filter(Boolean)
          .join(': '),
      describedBy: presenter ? undefined : captionId,
    };
  }, [t, language, captionId, presenter]);
  const shownPositions = useMemo(
    () =>
      Object.fromEntries(
        part.nodes.flatMap((node) => (positions[node.id] ? [[node.id, positions[node.id]]] : [])),
      ) as Positions,
    [part, positions],
  );
  const bounds = useMemo(() => boundsOf(shownPositions), [shownPositions]);
  const lanes = useMemo(() => lanesOf(part.nodes, shownPositions), [part, shownPositions]);
  const reveal = useRevealNode(shownPositions, container);
  // A big board far away is one drawing: thousands of elements would make every frame slow.
  // The zoom decides the level of detail; only a crossing of the threshold reaches the nodes.
  const far = useStore((state) => state.transform[2] < FAR_ZOOM);
  useLayoutEffect(() => flags.setState({ far }), [far, flags]);
  const many = Object.keys(shownPositions).length > VISIBLE_ONLY_ABOVE && !itemView && !presenter;
  // Until React Flow has taken its first viewport, the zoom it reports is 1: a big board waits in
  // its far drawing rather than draw every node once on the way.
  const [viewportReady, setViewportReady] = useState(false);
  const overview = many && (far || !viewportReady);
  // A big board's nodes and edges are built the first time they are to be drawn, not while it opens.
  const [detailSeen, setDetailSeen] = useState(false);
  useEffect(() => {
    if (!overview) setDetailSeen(true);
  }, [overview]);
  const detail = !overview || detailSeen;
  const nodes = useMemo(
    () => (detail ? flowNodes(board, part, positions, naming) : NO_NODES),
    [detail, board, part, positions, naming],
  );
  const edges = useMemo(
    () => (detail ? flowEdges(board, part, positions, naming, itemView ? (itemId ?? '') : null) : NO_EDGES),
    [detail, board, part, positions, naming, itemView, itemId],
  );
  const lines = useMemo(() => part.edges.map((edge) => ({ source: edge.from, target: edge.to })), [part]);
  const { setViewport } = useReactFlow();
  const drawnNodes = useMemo(
    () => (overview ? nodes.map((node) => ({ ...node, hidden: true })) : nodes),
    [overview, nodes],
  );

  // The whole part always fits: the least zoom shows all of it, and never less is needed.
  const fitZoom = size ? Math.min(size.width / (bounds.width + 80), size.height / (bounds.height + 80)) : 1;
  const minZoom = Math.max(0.002, Math.min(READABLE_ZOOM, fitZoom * 0.9));
  const wholeBoard = useMemo(
    () => (many && size ? viewportShowing(bounds, size, { minZoom, maxZoom: 1.4, padding: 0.04 }) : undefined),
    [many, size, bounds, minZoom],
  );
  const fitViewOptions = useMemo(() => {
    // Above VISIBLE_ONLY_ABOVE nodes those out of view are never measured, and React Flow fits
    // measured nodes only: counting every node by its declared size makes the whole board fit.
    const everyNode = { includeHiddenNodes: true };
    if (!itemView || presenter || fitZoom >= READABLE_ZOOM) return { ...everyNode, padding: 0.04, maxZoom: 1.4 };
    // Too big to read whole: from the item's leftmost node on, as many of its nodes as fit readable.
    const width = (size?.width ?? 0) / READABLE_ZOOM - 80;
    const own = [...highlighted]
      .filter((id) => shownPositions[id])
      .sort((a, b) => shownPositions[a]!.x - shownPositions[b]!.x);
    const start = own.length > 0 ? shownPositions[own[0]!]!.x : 0;
    const fitting = own.filter((id) => shownPositions[id]!.x + NODE_WIDTH - start <= width);
    const nodes = fitting.length > 0 ? fitting.map((id) => ({ id })) : undefined;
    return { ...everyNode, nodes, minZoom: READABLE_ZOOM, maxZoom: 1, padding: 0.3 };
  }, [itemView, presenter, fitZoom, highlighted, shownPositions, size]);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('graph.a11y.nodeDefault'),
      'node.a11yDescription.keyboardDisabled': t('graph.a11y.keyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('graph.a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('graph.a11y.edgeDefault'),
      'controls.ariaLabel': t('graph.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('graph.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.a11y.fitView'),
      'controls.interactive.ariaLabel': t('graph.a11y.interactive'),
      'minimap.ariaLabel': t('graph.a11y.minimap'),
      'handle.ariaLabel': t('graph.a11y.handle'),
    }),
    [t],
  );

  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const onNodeClick = useCallback<NodeMouseHandler<BoardFlowNode>>(
    (_, node) => focusNode(node.id === focusedNodeId ? null : node.id),
    [focusNode, focusedNodeId],
  );
  // A node passed over while the view is dragged is not one being pointed at.
  const onNodeMouseEnter = useCallback<NodeMouseHandler<BoardFlowNode>>(
    (event, node) => {
      if (event.buttons === 0) flags.setState({ activeNodeId: node.id });
    },
    [flags],
  );

  // Enter or Space picks the node as a click does; arrow keys go to the nearest node that way.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const nodeId = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (!nodeId) return;
      if (matchesShortcut(event, 'graphPick')) {
        event.preventDefault();
        focusNode(nodeId === focusedNodeId ? null : nodeId);
        return;
      }
      const direction = ARROW_DIRECTIONS[event.key];
      if (!direction || !matchesShortcut(event, 'graphMove')) return;
      event.preventDefault();
      const next = nearestInDirection(shownPositions, nodeId, direction);
      if (next) reveal(next, false);
    },
    [focusNode, focusedNodeId, shownPositions, reveal],
  );
  const onFocus = useCallback(
    (event: React.FocusEvent<HTMLElement>) => {
      const nodeId = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (nodeId) flags.setState({ activeNodeId: nodeId });
    },
    [flags],
  );

  return (
    <div className={`graph-canvas${many ? ' many' : ''}`} onKeyDown={onKeyDown} onFocus={onFocus}>
      <LaneHeadings lanes={lanes} />
      <div className="graph-flow" ref={container}>
        {size && (
          <ReactFlow
            nodes={drawnNodes}
            edges={overview ? NO_EDGES : edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={presenter ? undefined : onNodeClick}
            onNodeMouseEnter={presenter ? undefined : onNodeMouseEnter}
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
            defaultViewport={wholeBoard}
            onInit={() => setViewportReady(true)}
            fitView={!many}
            fitViewOptions={fitViewOptions}
            minZoom={minZoom}
            maxZoom={MAX_ZOOM}
            proOptions={{ hideAttribution: true }}
          >
            <LaneBands lanes={lanes} bounds={bounds} />
            {overview && <GraphOverview nodes={part.nodes} edges={lines} positions={shownPositions} bounds={bounds} />}
            <CenterOnRequest reveal={reveal} positions={shownPositions} />
            {!itemView && <FocusOnNodes nodeIds={highlighted} positions={shownPositions} />}
            {!presenter && (
              <Controls showInteractive={false} showFitView={!wholeBoard} fitViewOptions={fitViewOptions}>
                {wholeBoard && (
                  <ControlButton
                    className="react-flow__controls-fitview"
                    onClick={() => void setViewport(wholeBoard, { duration: 250 })}
                    aria-label={t('graph.a11y.fitView')}
                    title={t('graph.a11y.fitView')}
                  >
                    <FitIcon />
                  </ControlButton>
                )}
              </Controls>
            )}
            {!presenter && !itemView && !overview && (
              <MiniMap<BoardFlowNode>
                pannable
                zoomable
                nodeColor={(node) => LANE_COLOURS[LANE_OF_TYPE[node.data.node.type]]!}
                nodeStrokeWidth={0}
              />
            )}
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
