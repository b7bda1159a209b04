import type { Positions } from './geometry.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The node an arrow key moves to: the nearest one in that direction, where a step sideways counts
 * three times a step ahead, so Down stays in the column and Right goes to the next lane at about
 * the same height. Null at the edge of the board.
 */
export function nearestInDirection(positions: Positions, fromId: string, direction: Direction): string | null {
  const from = positions[fromId];
  if (!from) return null;
  const vertical = direction === 'up' || direction === 'down';
  const sign = direction === 'down' || direction === 'right' ? 1 : -1;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id in positions) {
    const to = positions[id]!;
    const ahead = sign * (vertical ? to.y - from.y : to.x - from.x);
    if (ahead <= 0.5) continue;
    const aside = Math.abs(vertical ? to.x - from.x : to.y - from.y);
    const score = ahead + 3 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
