import type { NodeMouseHandler } from '@xyflow/react';
import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import { matchesShortcut } from '../shortcuts.ts';
import { useWalkthrough } from '../stores/index.ts';
import type { BoardFlowNode } from './elements.ts';
import { useGraphFlagsStore } from './flags.ts';
import type { Positions } from './geometry.ts';
import { ARROW_DIRECTIONS, nearestInDirection } from './keyboardNav.ts';

const nodeIdOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;

/** Pointer and keyboard on the nodes: pick, point at, move to the nearest node by arrow key. */
export function useNodeEvents(positions: Positions, reveal: (nodeId: string, readable: boolean) => void) {
  const flags = useGraphFlagsStore();
  const focusNode = useWalkthrough((state) => state.focusNode);
  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const onNodeClick = useCallback<NodeMouseHandler<BoardFlowNode>>(
    (_, node) => focusNode(node.id === focusedNodeId ? null : node.id),
    [focusNode, focusedNodeId],
  );
  // A node passed over while the view is dragged is not one being pointed at.
  const onNodeMouseEnter = useCallback<NodeMouseHandler<BoardFlowNode>>(
    (event, node) => {
      if (event.buttons === 0) flags.setState({ activeNodeId: node.id });
    },
    [flags],
  );
  // Enter or Space picks the node as a click does; arrow keys go to the nearest node that way.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const nodeId = nodeIdOf(event.target);
      if (!nodeId) return;
      if (matchesShortcut(event, 'graphPick')) {
        event.preventDefault();
        focusNode(nodeId === focusedNodeId ? null : nodeId);
        return;
      }
      const direction = ARROW_DIRECTIONS[event.key];
      if (!direction || !matchesShortcut(event, 'graphMove')) return;
      event.preventDefault();
      const next = nearestInDirection(positions, nodeId, direction);
      if (next) reveal(next, false);
    },
    [focusNode, focusedNodeId, positions, reveal],
  );
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const nodeId = nodeIdOf(event.target);
      if (nodeId) flags.setState({ activeNodeId: nodeId });
    },
    [flags],
  );
  return { onNodeClick, onNodeMouseEnter, onKeyDown, onFocus };
}
