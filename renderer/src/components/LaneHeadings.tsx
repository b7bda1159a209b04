import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hyphenate } from '../../../shared/typography/hyphenate.ts';
import type { Lane } from '../graph/lanes.ts';
import { usePreferences } from '../stores/index.ts';

const LAYER0_TYPES = new Set(['business-requirement', 'constraint', 'principle']);
const LANE_KEYS = ['layer0', 'technical', 'capabilities', 'tools'] as const;
type LaneKey = (typeof LANE_KEYS)[number] | 'triggers' | 'layer0AndTriggers';

/**
 * A lane's name: short on the graph (it must fit above the lane), in full as its tooltip. The short
 * one carries soft hyphens, as node labels do: a word breaks at one of them, with a hyphen, or not at all.
 */
function useHeading() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  return (lane: Lane): { short: string; full: string } => {
    let key: LaneKey = LANE_KEYS[lane.lane]!;
    if (lane.lane === 0) {
      const layer0 = [...lane.types].some((type) => LAYER0_TYPES.has(type));
      if (lane.types.has('trigger')) key = layer0 ? 'layer0AndTriggers' : 'triggers';
    }
    return { short: hyphenate(t(`graph.shortLanes.${key}`), language), full: t(`graph.lanes.${key}`) };
  };
}

/**
 * A heading above each lane, in screen type size at every zoom: it follows the lane's place as the
 * view pans and zooms, written straight to the page rather than re-rendered for every frame. It
 * spans its lane and the gap to the next, so its name has room at every zoom: on two lines at
 * most, broken at a space or a soft hyphen (the chain view gives each lane the width for that). The
 * row's height is fixed: one that followed its headings would change the pane's as the view zooms,
 * lay the view out again and undo the zoom.
 */
export function LaneHeadings({ lanes }: { lanes: Lane[] }) {
  const heading = useHeading();
  const store = useStoreApi();
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    const place = ({ transform: [x, , zoom], width: paneWidth }: ReactFlowState) => {
      lanes.forEach((lane, index) => {
        const element = refs.current[index];
        if (!element) return;
        const next = lanes[index + 1];
        const left = lane.x * zoom + x;
        // The last heading may use the pane's width right of its lane.
        const width = next ? (next.x - lane.x) * zoom : Math.max(lane.width * zoom, paneWidth - left);
        element.style.transform = `translateX(${left}px)`;
        element.style.width = `${width}px`;
      });
    };
    place(store.getState());
    return store.subscribe(place);
  }, [store, lanes]);
  return (
    <div className="lane-headings">
      {lanes.map((lane, index) => {
        const { short, full } = heading(lane);
        return (
          <div
            key={lane.lane}
            className={`lane-heading lane-${lane.lane}`}
            title={full}
            ref={(element) => void (refs.current[index] = element)}
          >
            {short}
          </div>
        );
      })}
    </div>
  );
}
