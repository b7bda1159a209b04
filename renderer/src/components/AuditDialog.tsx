import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { useBoardStore, useHistoryStore, usePreferences, useSessionStore } from '../stores/index.ts';
import { eventKey } from '../../../shared/session/events.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

/** A short, readable account of what an event changed; the full before and after stay in the log. */
function useDescribe() {
  const { t } = useTranslation();
  return (event: AuditEvent): string => {
    if (event.type === 'session.renamed') return event.after.title;
    if (event.itemId === null || !event.after || !('status' in event.after)) return '';
    const { status, rationale } = event.after;
    return [t(`statuses.${status}`), rationale].filter(Boolean).join(': ');
  };
}

export function AuditDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const outcomes = useSessionStore((state) => state.outcomes);
  const board = useBoardStore((state) => state.current?.board);
  const events = useHistoryStore((state) => state.events);
  const loadEvents = useHistoryStore((state) => state.loadEvents);
  const [itemId, setItemId] = useState('');
  const describe = useDescribe();

  // Read again whenever an outcome changes, so the trail shows what was just recorded.
  useEffect(() => {
    if (session) void loadEvents(session.id, itemId || null);
  }, [session, itemId, outcomes, loadEvents]);

  const titleOf = (id: string | null) =>
    (board && id && indexBoard(board).itemById.get(id)?.title[language]) ?? id ?? '';
  return (
    <Modal title={t('audit.heading', { title: session?.title ?? '' })} onClose={onClose}>
      <Field label={t('audit.filter')}>
        <select value={itemId} onChange={(event) => setItemId(event.target.value)}>
          <option value="">{t('audit.allItems')}</option>
          {board?.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title[language]}
            </option>
          ))}
        </select>
      </Field>
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('report.when')}</th>
            <th scope="col">{t('report.who')}</th>
            <th scope="col">{t('report.what')}</th>
            <th scope="col">{t('report.item')}</th>
            <th scope="col">{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-event-type={event.type}>
              <td>{new Date(event.at).toLocaleString(language)}</td>
              <td>{event.actor || '—'}</td>
              <td>
                {t(`events.${eventKey(event.type)}`)}
                {event.undone && ` (${t('audit.undone')})`}
              </td>
              <td>{titleOf(event.itemId)}</td>
              <td>{describe(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p>{t('audit.empty')}</p>}
    </Modal>
  );
}
