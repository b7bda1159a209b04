import {
  ControlButton,
  Controls,
  MiniMap,
  useStore,
  useReactFlow,
  useStoreApi,
  ViewportPortal,
  type Viewport,
} from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardFlowNode } from '../graph/elements.ts';
import { useGraphFlags, useGraphFlagsStore } from '../graph/flags.ts';
import { LANE_OF_TYPE, type Positions } from '../graph/geometry.ts';
import { boundsOf, type Bounds, type Lane } from '../graph/lanes.ts';
import { LARGE_TOGGLE_CLASS, toggleGraphLarge } from '../graph/graphLarge.ts';
import { moveMs, viewportShowing } from '../graph/zoom.ts';
import { useWalkthrough } from '../stores/index.ts';

const LANE_COLOURS = ['#9db8e8', '#8cc79b', '#c9b36b', '#c792c9'];
/** The least pane on which the minimap (200 by 150) covers little enough to be worth it. */
const MINIMAP_PANE = { width: 900, height: 560 };

/** A band behind each lane, so the lanes read as columns at every zoom. */
export function LaneBands({ lanes, bounds, compact }: { lanes: Lane[]; bounds: Bounds; compact: boolean }) {
  // The compact view's lanes are close together: its bands stay clear of each other.
  const pad = compact ? 6 : 30;
  return (
    <ViewportPortal>
      {lanes.map((lane) => (
        <div
          key={lane.lane}
          className={`lane-band lane-${lane.lane}`}
          style={{
            transform: `translate(${lane.x - pad}px, ${bounds.y - pad}px)`,
            width: lane.width + 2 * pad,
            height: bounds.height + 2 * pad,
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
      duration: moveMs(400),
    });
  }, [key, positions, setViewport, store]);
  return null;
}

/** The compact chain view is shown whole as soon as it is laid out: on opening and on every other item. */
export function ShowWhole({ viewport }: { viewport: Viewport }) {
  const { setViewport } = useReactFlow();
  useLayoutEffect(() => {
    void setViewport(viewport);
  }, [viewport, setViewport]);
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

/** Four arrows out to the corners: large; in from them: back. */
function LargeIcon({ large }: { large: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path
        d={
          large
            ? 'M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5'
            : 'M1 6V1h5M1 1l5 5M15 6V1h-5M15 1l-5 5M1 10v5h5M1 15l5-5M15 10v5h-5M15 15l-5-5'
        }
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}

/** The graph large over the agenda and the item, for the room, or back beside them (G, Escape). */
function LargeButton() {
  const { t } = useTranslation();
  const large = useWalkthrough((state) => state.graphLarge);
  const label = large ? t('graphLarge.back') : t('graphLarge.show');
  return (
    <ControlButton
      className={LARGE_TOGGLE_CLASS}
      onClick={toggleGraphLarge}
      aria-label={label}
      title={label}
      aria-keyshortcuts="G"
    >
      <LargeIcon large={large} />
    </ControlButton>
  );
}

/**
 * Zoom in, zoom out and fit. A big board's fit goes to its whole-board viewport and the compact
 * chain view's to the viewport it opened with: both computed here, so the fit shows all of it.
 */
export function GraphControls({
  fitTo,
  fitViewOptions,
  compact,
}: {
  fitTo: Viewport | undefined;
  /** In a row under the compact chain view, where its layout leaves room for them. */
  compact: boolean;
  fitViewOptions: Parameters<typeof Controls>[0]['fitViewOptions'];
}) {
  const { t } = useTranslation();
  const { setViewport } = useReactFlow();
  return (
    <Controls
      showInteractive={false}
      showFitView={!fitTo}
      fitViewOptions={fitViewOptions}
      orientation={compact ? 'horizontal' : 'vertical'}
    >
      {fitTo && (
        <ControlButton
          className="react-flow__controls-fitview"
          onClick={() => void setViewport(fitTo, { duration: moveMs(250) })}
          aria-label={t('graph.a11y.fitView')}
          title={t('graph.a11y.fitView')}
        >
          <FitIcon />
        </ControlButton>
      )}
      <LargeButton />
    </Controls>
  );
}

/** The minimap covers a corner of the pane: shown only on a big pane, and only when the board is not all in view. */
export function GraphMiniMap({ size, fitZoom }: { size: { width: number; height: number } | null; fitZoom: number }) {
  const zoomedIn = useStore((state) => state.transform[2] > fitZoom * 1.5);
  if (!size || size.width < MINIMAP_PANE.width || size.height < MINIMAP_PANE.height || !zoomedIn) return null;
  return (
    <MiniMap<BoardFlowNode>
      pannable
      zoomable
      nodeColor={(node) => LANE_COLOURS[LANE_OF_TYPE[node.data.node.type]]!}
      nodeStrokeWidth={0}
    />
  );
}

/**
 * The graph shown large or back: the whole board is fitted again to the pane's new size (the item's
 * chain view is laid out again for it by itself). Other changes of size keep the view as it is.
 */
export function RefitOnLarge({
  size,
  viewport,
}: {
  size: { width: number; height: number } | null;
  viewport: Viewport;
}) {
  const large = useWalkthrough((state) => state.graphLarge);
  const { setViewport } = useReactFlow();
  const fitted = useRef({ large, size });
  useEffect(() => {
    const last = fitted.current;
    if (!size || last.large === large || last.size === size) return;
    fitted.current = { large, size };
    void setViewport(viewport);
  }, [large, size, viewport, setViewport]);
  return null;
}
