import { useMemo } from 'react';
import { NODE_WIDTH, type Positions } from './geometry.ts';
import type { Bounds } from './lanes.ts';
import { READABLE_ZOOM, viewportShowing } from './zoom.ts';

interface FitInput {
  size: { width: number; height: number } | null;
  bounds: Bounds;
  positions: Positions;
  highlighted: ReadonlySet<string>;
  itemView: boolean;
  presenter: boolean;
  many: boolean;
}

/** The least zoom, the whole-board viewport of a big board, and what the fit view shows. */
export function useFitting({ size, bounds, positions, highlighted, itemView, presenter, many }: FitInput) {
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
    const own = [...highlighted].filter((id) => positions[id]).sort((a, b) => positions[a]!.x - positions[b]!.x);
    const start = own.length > 0 ? positions[own[0]!]!.x : 0;
    const fitting = own.filter((id) => positions[id]!.x + NODE_WIDTH - start <= width);
    const nodes = fitting.length > 0 ? fitting.map((id) => ({ id })) : undefined;
    return { ...everyNode, nodes, minZoom: READABLE_ZOOM, maxZoom: 1, padding: 0.3 };
  }, [itemView, presenter, fitZoom, highlighted, positions, size]);
  return { minZoom, wholeBoard, fitViewOptions };
}
