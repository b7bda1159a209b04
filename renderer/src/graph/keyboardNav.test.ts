import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './keyboardNav.ts';

// Two lanes: a, b, c stacked in the first; x level with b and y below it in the second.
const positions = {
  a: { x: 0, y: 0 },
  b: { x: 0, y: 144 },
  c: { x: 0, y: 288 },
  x: { x: 410, y: 150 },
  y: { x: 410, y: 600 },
};

describe('arrow keys in the graph', () => {
  it('move down and up within a lane, and across to the node at about the same height', () => {
    expect(nearestInDirection(positions, 'a', 'down')).toBe('b');
    expect(nearestInDirection(positions, 'c', 'up')).toBe('b');
    expect(nearestInDirection(positions, 'b', 'right')).toBe('x');
    expect(nearestInDirection(positions, 'y', 'left')).toBe('c');
    expect(nearestInDirection(positions, 'x', 'down')).toBe('y');
  });

  it('stay put at the edge of the board or for a node not shown', () => {
    expect(nearestInDirection(positions, 'a', 'up')).toBeNull();
    expect(nearestInDirection(positions, 'x', 'right')).toBeNull();
    expect(nearestInDirection(positions, 'ghost', 'down')).toBeNull();
  });
});
