import { useEffect, useState } from 'react';

/**
 * The item whose details are shown. The first item opened (from none) is shown a task after its
 * graph: its details are drawn for the first time then (the form, the facts, the options), which
 * with the graph in one task held the page for about 80 ms on a 2-core machine; apart, each is
 * under 50 ms and the item's graph is painted in the frame after the click. Every later change, and
 * closing the item, shows at once.
 */
export function useDetailsAfterGraph(itemId: string | null): string | null {
  const [shown, setShown] = useState(itemId);
  const later = shown === null && itemId !== null;
  // Its own state, set while rendering: React renders again at once, before anything is drawn.
  if (!later && shown !== itemId) setShown(itemId);
  useEffect(() => {
    if (!later) return;
    const next = setTimeout(() => setShown(itemId), 0);
    return () => clearTimeout(next);
  }, [later, itemId]);
  return later ? null : itemId;
}
