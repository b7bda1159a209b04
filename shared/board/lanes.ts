import type { BoardNode } from './schema.ts';

/** The lanes, from business need to tool, so every chain reads left to right. */
export const LANE_OF_TYPE: Record<BoardNode['type'], number> = {
  'business-requirement': 0,
  constraint: 0,
  principle: 0,
  trigger: 0,
  'technical-requirement': 1,
  'platform-capability': 2,
  'tool-choice': 3,
};
export const LANE_COUNT = 4;
