import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardNode } from '../../../shared/board/schema.ts';
import { usePreferences } from '../stores/index.ts';

export type BoardFlowNode = Node<
  { node: BoardNode; itemCount: number; highlighted: boolean; dimmed: boolean },
  'board'
>;

function BoardNodeViewInner({ data }: NodeProps<BoardFlowNode>) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const { node, itemCount, highlighted, dimmed } = data;
  return (
    <div
      className={`board-node type-${node.type}${highlighted ? ' highlighted' : ''}${dimmed ? ' dimmed' : ''}`}
      data-node-id={node.id}
    >
      <Handle type="target" position={Position.Left} />
      <div className="board-node-type">{t(`graph.nodeTypes.${node.type}`)}</div>
      <div className="board-node-label">{node.label[language]}</div>
      {itemCount > 0 && <div className="board-node-items">{t('agenda.itemCount', { count: itemCount })}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

export const BoardNodeView = memo(BoardNodeViewInner);
