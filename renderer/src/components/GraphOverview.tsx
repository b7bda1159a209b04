import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import type { BoardNode } from '../../../shared/board/schema.ts';
import { useGraphFlags } from '../graph/flags.ts';
import type { Positions } from '../graph/geometry.ts';
import type { Bounds } from '../graph/lanes.ts';
import { overviewPaths } from '../graph/overview.ts';

interface OverviewProps {
  nodes: readonly BoardNode[];
  edges: readonly { source: string; target: string }[];
  positions: Positions;
  /** The box around every node. */
  bounds: Bounds;
}

/**
 * A big board seen from far away: every node a box and every connection a line, in a few paths of
 * one drawing instead of thousands of elements, so panning and zooming stay fluid. Found and
 * highlighted nodes stand out, filtered-out ones are dimmed, as on the nodes themselves.
 */
export function GraphOverview({ nodes, edges, positions, bounds }: OverviewProps) {
  const flags = useGraphFlags((state) => state.flags);
  const paths = useMemo(() => overviewPaths(nodes, edges, positions, flags), [nodes, edges, positions, flags]);
  return (
    <ViewportPortal>
      <svg
        className="graph-overview"
        data-node-count={nodes.length}
        aria-hidden="true"
        width={bounds.width}
        height={bounds.height}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
        style={{ transform: `translate(${bounds.x}px, ${bounds.y}px)` }}
      >
        <path className="overview-edges" d={paths.edges} />
        {paths.lanes.map((d, lane) => (
          <path key={lane} className={`overview-nodes lane-${lane}`} d={d} />
        ))}
        {paths.dimmedLanes.map((d, lane) => (
          <path key={lane} className={`overview-nodes dimmed lane-${lane}`} d={d} />
        ))}
        <path className="overview-nodes accented" d={paths.accented} />
      </svg>
    </ViewportPortal>
  );
}
