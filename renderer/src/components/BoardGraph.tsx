import { Background, Controls, MarkerType, ReactFlow, useReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/board/schema.ts';
import { indexBoard, itemsOfNode } from '../../../shared/board/boardIndex.ts';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import { layoutBoard, type Positions } from '../graph/layout.ts';
import { usePreferences, useWalkthrough } from '../stores/index.ts';
import { BoardNodeView, type BoardFlowNode } from './BoardNodeView.tsx';

const nodeTypes = { board: BoardNodeView };

/** Brings the nodes of the item under discussion into view, large enough to read from the back of the room. */
function FocusOnNodes({ nodeIds }: { nodeIds: string[] }) {
  const { fitView } = useReactFlow();
  const key = nodeIds.join(' ');
  useEffect(() => {
    const ids = key ? key.split(' ') : [];
    void fitView(
      ids.length > 0
        ? { nodes: ids.map((id) => ({ id })), duration: 400, maxZoom: 1.4, padding: 0.2 }
        : { duration: 400 },
    );
  }, [key, fitView]);
  return null;
}

type Scope = 'item' | 'board';

/** Lays out the visible part of the board off the main thread; each layout is computed once. */
function useLayout(key: string, part: Pick<Board, 'nodes' | 'edges'>): Positions | null {
  const [layouts, setLayouts] = useState<Record<string, Positions>>({});
  const known = layouts[key];
  useEffect(() => {
    if (known) return;
    let cancelled = false;
    const done = (positions: Positions) => {
      if (!cancelled) setLayouts((current) => ({ ...current, [key]: positions }));
    };
    layoutBoard(part).then(done, () => done({}));
    return () => {
      cancelled = true;
    };
  }, [key, part, known]);
  return known ?? null;
}

export function BoardGraph({ board, hash }: { board: Board; hash: string }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const focusNode = useWalkthrough((state) => state.focusNode);
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const graphScope = useWalkthrough((state) => state.graphScope);
  const setGraphScope = useWalkthrough((state) => state.setGraphScope);

  const highlightedIds = useMemo(() => {
    const item = selectedItemId ? indexBoard(board).itemById.get(selectedItemId) : undefined;
    return new Set(item?.refs ?? []);
  }, [board, selectedItemId]);
  const scope: Scope = graphScope === 'item' && highlightedIds.size > 0 ? 'item' : 'board';
  const part = useMemo(
    () => (scope === 'item' ? neighbourhood(board, highlightedIds) : board),
    [scope, board, highlightedIds],
  );
  const layoutKey = `${hash}:${scope === 'item' ? selectedItemId : 'board'}`;
  const positions = useLayout(layoutKey, part);

  const nodes = useMemo<BoardFlowNode[]>(() => {
    if (!positions) return [];
    return part.nodes.map((node) => ({
      id: node.id,
      type: 'board',
      position: positions[node.id] ?? { x: 0, y: 0 },
      data: {
        node,
        itemCount: itemsOfNode(board, node.id).length,
        highlighted: highlightedIds.has(node.id),
        dimmed: scope === 'board' && highlightedIds.size > 0 && !highlightedIds.has(node.id),
      },
      selected: node.id === focusedNodeId,
      ariaLabel: `${t(`graph.nodeTypes.${node.type}`)}: ${node.label[language]}`,
    }));
  }, [board, part, positions, highlightedIds, scope, focusedNodeId, language, t]);

  // Edge labels only where the talk is: all of them at once are unreadable on a big board.
  const edges = useMemo<Edge[]>(
    () =>
      part.edges.map((edge, index) => ({
        id: `${edge.from}->${edge.to}-${index}`,
        source: edge.from,
        target: edge.to,
        label: highlightedIds.has(edge.from) && highlightedIds.has(edge.to) ? edge.label?.[language] : undefined,
        className: `edge-${edge.kind}`,
        markerEnd: { type: MarkerType.ArrowClosed },
      })),
    [part, language, highlightedIds],
  );

  // React Flow's own labels, in the language of the rest of the screen.
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('graph.a11y.nodeDefault'),
      'node.a11yDescription.keyboardDisabled': t('graph.a11y.keyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('graph.a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('graph.a11y.edgeDefault'),
      'controls.ariaLabel': t('graph.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('graph.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.a11y.fitView'),
      'controls.interactive.ariaLabel': t('graph.a11y.interactive'),
      'minimap.ariaLabel': t('graph.a11y.minimap'),
      'handle.ariaLabel': t('graph.a11y.handle'),
    }),
    [t],
  );

  const onNodeClick = useCallback(
    (_: unknown, node: BoardFlowNode) => focusNode(node.id === focusedNodeId ? null : node.id),
    [focusNode, focusedNodeId],
  );

  // Enter or Space on a focused node does what a click does, so the graph works from the keyboard.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const nodeId = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (!nodeId) return;
      event.preventDefault();
      focusNode(nodeId === focusedNodeId ? null : nodeId);
    },
    [focusNode, focusedNodeId],
  );

  return (
    <section className="graph" aria-label={t('graph.heading')} onKeyDown={onKeyDown}>
      {highlightedIds.size > 0 && (
        <button
          type="button"
          className="graph-scope"
          aria-pressed={scope === 'board'}
          onClick={() => setGraphScope(scope === 'item' ? 'board' : 'item')}
        >
          {scope === 'item' ? t('graph.showBoard') : t('graph.showItem')}
        </button>
      )}
      {!positions ? (
        <p className="graph-progress" role="status">
          {t('graph.layingOut')}
        </p>
      ) : (
        <ReactFlow
          key={layoutKey}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          ariaLabelConfig={ariaLabelConfig}
          nodesDraggable={false}
          onlyRenderVisibleElements={board.nodes.length > 300}
          nodesConnectable={false}
          fitView
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
        >
          {scope === 'board' && <FocusOnNodes nodeIds={[...highlightedIds]} />}
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
    </section>
  );
}
