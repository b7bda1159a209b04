import { getViewportForBounds, type FitViewOptions } from '@xyflow/react';
import type { Bounds } from './lanes.ts';

/** Below this zoom nodes are plain boxes: their text would be too small to read anyway. */
export const FAR_ZOOM = 0.45;
/** Node labels are 20 px: from this zoom on they are at least 16 px on the screen. */
export const READABLE_ZOOM = 0.8;
export const MAX_ZOOM = 2;
/** Above this many nodes only those in view are in the page, and far away the board is one drawing. */
export const VISIBLE_ONLY_ABOVE = 300;

/**
 * The viewport that shows this box whole. Computed here rather than with React Flow's fitView,
 * which on a big board waits for nodes that are never drawn and may then jump later.
 */
export function viewportShowing(
  bounds: Bounds,
  size: { width: number; height: number },
  limits: { minZoom: number; maxZoom: number; padding: NonNullable<FitViewOptions['padding']> },
) {
  return getViewportForBounds(bounds, size.width, size.height, limits.minZoom, limits.maxZoom, limits.padding);
}

/**
 * How long a move of the view takes: none for a user who asks the system for reduced motion (a
 * projector's audience, or anyone made unwell by sliding views), the given time otherwise.
 */
export function moveMs(ms: number): number {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduced ? 0 : ms;
}
