import type { LayoutInput } from './geometry.ts';
import { laneLayout } from './laneLayout.ts';

/** The lane layout off the main thread: one request at a time, progress on the way, the result at the end. */
export interface LaneRequest {
  id: number;
  input: LayoutInput;
}
export type LaneAnswer =
  | { id: number; progress: number }
  | { id: number; positions: Record<string, { x: number; y: number }> }
  | { id: number; error: string };

// The renderer is typed for a window; a worker's scope needs only these two of its members.
const scope = self as unknown as {
  postMessage(message: LaneAnswer): void;
  onmessage: ((event: MessageEvent<LaneRequest>) => void) | null;
};

scope.onmessage = (event: MessageEvent<LaneRequest>) => {
  const { id, input } = event.data;
  try {
    const { positions } = laneLayout(input, (progress) => scope.postMessage({ id, progress } satisfies LaneAnswer));
    scope.postMessage({ id, positions } satisfies LaneAnswer);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LaneAnswer);
  }
};
