import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lane } from '../graph/lanes.ts';

const LAYER0_TYPES = new Set(['business-requirement', 'constraint', 'principle']);
const LANE_KEYS = [
  'graph.lanes.layer0',
  'graph.lanes.technical',
  'graph.lanes.capabilities',
  'graph.lanes.tools',
] as const;

function useHeading() {
  const { t } = useTranslation();
  return (lane: Lane): string => {
    if (lane.lane > 0) return t(LANE_KEYS[lane.lane]!);
    const layer0 = [...lane.types].some((type) => LAYER0_TYPES.has(type));
    const triggers = lane.types.has('trigger');
    return t(triggers ? (layer0 ? 'graph.lanes.layer0AndTriggers' : 'graph.lanes.triggers') : 'graph.lanes.layer0');
  };
}

/**
 * A heading above each lane, in screen type size at every zoom: it follows the lane's place as the
 * view pans and zooms, written straight to the page rather than re-rendered for every frame.
 */
export function LaneHeadings({ lanes }: { lanes: Lane[] }) {
  const heading = useHeading();
  const store = useStoreApi();
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    const place = ({ transform: [x, , zoom] }: ReactFlowState) => {
      lanes.forEach((lane, index) => {
        const element = refs.current[index];
        if (!element) return;
        element.style.transform = `translateX(${lane.x * zoom + x}px)`;
        element.style.width = `${lane.width * zoom}px`;
      });
    };
    place(store.getState());
    return store.subscribe(place);
  }, [store, lanes]);
  return (
    <div className="lane-headings">
      {lanes.map((lane, index) => (
        <div
          key={lane.lane}
          className={`lane-heading lane-${lane.lane}`}
          ref={(element) => void (refs.current[index] = element)}
        >
          {heading(lane)}
        </div>
      ))}
    </div>
  );
}
