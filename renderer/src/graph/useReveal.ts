import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { NODE_BOX, type Box, type Positions } from './geometry.ts';
import { moveMs, READABLE_ZOOM } from './zoom.ts';

/** Brings a node into view (zooming in to a readable size if asked) and gives it the keyboard focus. */
export function useRevealNode(
  positions: Positions,
  container: React.RefObject<HTMLDivElement | null>,
  box: Box = NODE_BOX,
) {
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
        (at.x + box.width) * zoom + x <= width &&
        at.y * zoom + y >= 0 &&
        (at.y + box.height) * zoom + y <= height;
      if (!inView || (readable && zoom < READABLE_ZOOM))
        void flow.setCenter(at.x + box.width / 2, at.y + box.height / 2, {
          zoom: readable ? Math.max(zoom, 1) : zoom,
          duration: moveMs(250),
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
    [flow, store, positions, container, box],
  );
}
