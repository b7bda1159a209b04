import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { BoardNode } from '../../../shared/board/schema.ts';
import { areasOf } from '../graph/areas.ts';
import { useGraphFlags } from '../graph/flags.ts';
import type { Box, Positions } from '../graph/geometry.ts';

type Rect = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Far away, where nodes are boxes without a word, the names of the board's areas (its chains) in
 * screen type over them: the biggest areas first, none over another, none cut at the pane's edge.
 * Placed straight in the page as the view pans and zooms, like the lane headings.
 */
export function GraphAreas({ nodes, positions, box }: { nodes: readonly BoardNode[]; positions: Positions; box: Box }) {
  const far = useGraphFlags((state) => state.far);
  const language = useGraphFlags((state) => state.texts?.language ?? 'nl');
  const store = useStoreApi();
  const areas = useMemo(() => areasOf(nodes, positions, box, language), [nodes, positions, box, language]);
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    if (!far) return;
    const place = ({ transform: [x, y, zoom], width, height }: ReactFlowState) => {
      const taken: Rect[] = [];
      areas.forEach((area, index) => {
        const element = refs.current[index];
        if (!element) return;
        const [w, h] = [element.offsetWidth, element.offsetHeight];
        const left = area.centre.x * zoom + x - w / 2;
        const top = area.centre.y * zoom + y - h / 2;
        const rect = { left, top, right: left + w, bottom: top + h };
        const shown =
          left >= 0 &&
          top >= 0 &&
          rect.right <= width &&
          rect.bottom <= height &&
          !taken.some((other) => overlap(rect, other));
        if (shown) taken.push(rect);
        element.style.visibility = shown ? 'visible' : 'hidden';
        element.style.transform = `translate(${left}px, ${top}px)`;
      });
    };
    place(store.getState());
    return store.subscribe(place);
  }, [far, areas, store]);
  if (!far) return null;
  return (
    <div className="graph-areas" aria-hidden="true">
      {areas.map((area, index) => (
        <div key={area.chain} className="graph-area" ref={(element) => void (refs.current[index] = element)}>
          {area.name}
        </div>
      ))}
    </div>
  );
}
