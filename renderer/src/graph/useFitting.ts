import { useMemo } from 'react';
import { CHAIN_PADDING } from './chainLayout.ts';
import type { Bounds } from './lanes.ts';
import { READABLE_ZOOM, viewportShowing } from './zoom.ts';

const BOARD_FIT = { includeHiddenNodes: true, padding: 0.04, maxZoom: 1.4 } as const;

interface FitInput {
  size: { width: number; height: number } | null;
  bounds: Bounds;
  /** The compact chain view of an item: what it shows whole (laid out for the pane, padding included). */
  extent: Bounds | undefined;
  many: boolean;
}

/** The compact chain view is fitted whole with a few pixels around it, and a few nodes grow a little. */
const COMPACT_FIT = {
  includeHiddenNodes: true,
  padding: {
    top: `${CHAIN_PADDING.top}px`,
    right: `${CHAIN_PADDING.right}px`,
    bottom: `${CHAIN_PADDING.bottom}px`,
    left: `${CHAIN_PADDING.left}px`,
  },
  maxZoom: 1.25,
} as const;

/**
 * The least zoom, the whole-board viewport of a big board, and what the fit view shows: always the
 * whole of the part drawn (the item's neighbourhood or the board), however far that zooms out.
 */
export function useFitting({ size, bounds, extent, many }: FitInput) {
  const compact = extent !== undefined;
  const fitZoom = size ? Math.min(size.width / (bounds.width + 80), size.height / (bounds.height + 80)) : 1;
  const minZoom = Math.max(0.002, Math.min(compact ? 0.5 : READABLE_ZOOM, fitZoom * 0.9));
  // What the fit shows of a board laid out beforehand: computed, not left to React Flow (which would
  // measure the pane a frame late when the graph is shown large).
  const boardView = useMemo(
    () =>
      !compact && size
        ? viewportShowing(bounds, size, { minZoom, maxZoom: BOARD_FIT.maxZoom, padding: BOARD_FIT.padding })
        : undefined,
    [compact, size, bounds, minZoom],
  );
  const wholeBoard = many ? boardView : undefined;
  // The compact view is placed by hand, at once, for the first item and each one after it: its
  // extent whole, so the lane headings keep the room the layout gave them.
  const compactView = useMemo(
    () =>
      extent && size ? viewportShowing(extent, size, { minZoom, maxZoom: COMPACT_FIT.maxZoom, padding: 0 }) : undefined,
    [extent, size, minZoom],
  );
  // Above VISIBLE_ONLY_ABOVE nodes those out of view are never measured, and React Flow fits
  // measured nodes only: counting every node by its declared size makes the whole board fit.
  const fitViewOptions = compact ? COMPACT_FIT : BOARD_FIT;
  return { fitZoom, minZoom, wholeBoard, boardView, compactView, fitViewOptions };
}
