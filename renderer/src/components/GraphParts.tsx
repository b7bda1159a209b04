import {
  ControlButton,
  Controls,
  MiniMap,
  useReactFlow,
  useStoreApi,
  ViewportPortal,
  type Viewport,
} from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardFlowNode } from '../graph/elements.ts';
import { useGraphFlags, useGraphFlagsStore } from '../graph/flags.ts';
import { LANE_OF_TYPE, type Positions } from '../graph/geometry.ts';
import { boundsOf, type Bounds, type Lane } from '../graph/lanes.ts';
import { viewportShowing } from '../graph/zoom.ts';

const LANE_COLOURS = ['#9db8e8', '#8cc79b', '#c9b36b', '#c792c9'];

/** A band behind each lane, so the lanes read as columns at every zoom. */
export function LaneBands({ lanes, bounds }: { lanes: Lane[]; bounds: Bounds }) {
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

/** Answers a request (from the search) to show a node, once the node is on this graph. */
export function CenterOnRequest({
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

/** On the whole board, the nodes of the item under discussion are brought into view. */
export function FocusOnNodes({ nodeIds, positions }: { nodeIds: ReadonlySet<string>; positions: Positions }) {
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

/** Four corners of a frame: the whole board. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** Zoom in, zoom out and fit; a big board's fit goes to its whole-board viewport. */
export function GraphControls({
  wholeBoard,
  fitViewOptions,
}: {
  wholeBoard: Viewport | undefined;
  fitViewOptions: Parameters<typeof Controls>[0]['fitViewOptions'];
}) {
  const { t } = useTranslation();
  const { setViewport } = useReactFlow();
  return (
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
  );
}

export function GraphMiniMap() {
  return (
    <MiniMap<BoardFlowNode>
      pannable
      zoomable
      nodeColor={(node) => LANE_COLOURS[LANE_OF_TYPE[node.data.node.type]]!}
      nodeStrokeWidth={0}
    />
  );
}
