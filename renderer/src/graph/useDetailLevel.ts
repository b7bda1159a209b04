import { useStore } from '@xyflow/react';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useGraphFlagsStore } from './flags.ts';
import { FAR_ZOOM } from './zoom.ts';

/**
 * How much of a board is drawn: a big board far away is one drawing, since thousands of elements
 * would make every frame slow. The zoom decides the level of detail; only a crossing of the
 * threshold reaches the nodes.
 */
export function useDetailLevel(many: boolean) {
  const flags = useGraphFlagsStore();
  const far = useStore((state) => state.transform[2] < FAR_ZOOM);
  useLayoutEffect(() => flags.setState({ far }), [far, flags]);
  // Until React Flow has taken its first viewport, the zoom it reports is 1: a big board waits in
  // its far drawing rather than draw every node once on the way.
  const [viewportReady, setViewportReady] = useState(false);
  const overview = many && (far || !viewportReady);
  // A big board's nodes and edges are built the first time they are to be drawn, not while it opens.
  const [detailSeen, setDetailSeen] = useState(false);
  useEffect(() => {
    if (!overview) setDetailSeen(true);
  }, [overview]);
  return { overview, detail: !overview || detailSeen, onViewportReady: () => setViewportReady(true) };
}
