import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Board } from '../../../shared/board/schema.ts';
import type { BoardFlowEdge } from '../graph/elements.ts';
import { useGraphFlags } from '../graph/flags.ts';
import { usePreferences } from '../stores/index.ts';

const MAX_LINES = 8;
const withoutColon = (text: string) => text.replace(/:\s*$/, '');

/**
 * The connections of the node with the focus (or under the pointer) with their full texts: what
 * the short labels on the graph leave out. Nodes name it as their description for screen readers.
 */
export function GraphCaption({ id, board, edges }: { id: string; board: Board; edges: readonly BoardFlowEdge[] }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const activeNodeId = useGraphFlags((state) => state.activeNodeId);
  const { nodeById } = indexBoard(board);
  const active = activeNodeId ? nodeById.get(activeNodeId) : undefined;
  const lines = useMemo(() => {
    if (!activeNodeId) return [];
    return edges
      .filter((edge) => edge.source === activeNodeId || edge.target === activeNodeId)
      .map((edge) => {
        const outgoing = edge.source === activeNodeId;
        const other = nodeById.get(outgoing ? edge.target : edge.source)?.label[language] ?? '';
        const kind = edge.data!.kind;
        const full = edge.data!.full?.[language];
        const line =
          kind === 'conflict'
            ? t('graph.caption.conflict', { title: full ?? '', node: other })
            : t(outgoing ? 'graph.caption.outgoing' : 'graph.caption.incoming', {
                kind: t(`graph.edgeKinds.${kind}`),
                node: other,
              });
        return { key: edge.id, line, full: kind === 'conflict' ? undefined : full };
      });
  }, [activeNodeId, edges, nodeById, language, t]);
  // A node's connections can be more than the caption's fixed height shows: it scrolls, so the
  // keyboard can reach it (a named region) while it holds them.
  const scrolls = active
    ? {
        tabIndex: 0,
        role: 'region',
        'aria-label': withoutColon(t('graph.caption.connections', { node: active.label[language] })),
      }
    : {};
  return (
    <div className="graph-caption" id={id} {...scrolls}>
      {active ? (
        <>
          <span className="graph-caption-node">{t('graph.caption.connections', { node: active.label[language] })}</span>{' '}
          {lines.length === 0 && t('graph.caption.none')}
          <ul>
            {lines.slice(0, MAX_LINES).map((line) => (
              <li key={line.key}>
                {line.line}
                {line.full && <span className="graph-caption-full">: {line.full}</span>}
              </li>
            ))}
            {lines.length > MAX_LINES && <li>…</li>}
          </ul>
        </>
      ) : null}
      <span className="graph-caption-hint">{t('graph.caption.hint')}</span>
    </div>
  );
}
