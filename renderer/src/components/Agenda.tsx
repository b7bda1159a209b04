import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaOrder, groupByKind } from '../../../shared/agenda.ts';
import { AGENDA_KIND_ORDER } from '../../../shared/agenda.ts';
import { indexBoard, itemsOfNode } from '../../../shared/board/boardIndex.ts';
import type { Board } from '../../../shared/board/schema.ts';
import { usePreferences, useSessionStore, useWalkthrough } from '../stores/index.ts';

export function Agenda({ board }: { board: Board }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const outcomes = useSessionStore((state) => state.outcomes);
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const selectItem = useWalkthrough((state) => state.selectItem);
  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const focusNode = useWalkthrough((state) => state.focusNode);
  const focusedNode = focusedNodeId ? indexBoard(board).nodeById.get(focusedNodeId) : undefined;

  const groups = useMemo(() => {
    const items = focusedNodeId ? itemsOfNode(board, focusedNodeId) : board.items;
    const ordered = groupByKind(agendaOrder(items));
    return ordered.sort((a, b) => AGENDA_KIND_ORDER.indexOf(a.kind) - AGENDA_KIND_ORDER.indexOf(b.kind));
  }, [board, focusedNodeId]);

  if (board.items.length === 0) return <p>{t('agenda.empty')}</p>;
  return (
    <nav className="agenda" aria-label={t('agenda.heading')} id="agenda">
      <h2>{t('agenda.heading')}</h2>
      {focusedNode && (
        <p className="agenda-filter" role="status">
          {t('agenda.filtered', { node: focusedNode.label[language] })}{' '}
          <button type="button" onClick={() => focusNode(null)}>
            {t('agenda.showAll')}
          </button>
        </p>
      )}
      {groups.map((group) => (
        <section key={group.kind} className="agenda-group">
          <h3>
            {t(`kinds.${group.kind}`)} ({group.items.length})
          </h3>
          <ul>
            {group.items.map((item) => {
              const status = outcomes[item.id]?.status ?? 'open';
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    className={`agenda-item${item.id === selectedItemId ? ' selected' : ''}`}
                    aria-current={item.id === selectedItemId ? 'true' : undefined}
                    data-item-id={item.id}
                    onClick={() => selectItem(item.id)}
                  >
                    <span className={`status-dot status-${status}`} aria-hidden="true" />
                    <span className="agenda-item-title">{item.title[language]}</span>
                    <span className="agenda-item-status">{t(`statuses.${status}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
