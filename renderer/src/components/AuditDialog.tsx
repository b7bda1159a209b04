import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/session/schema.ts';
import { api } from '../api/client.ts';
import { useBoardStore } from '../stores/board.ts';
import { useNotices } from '../stores/notices.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useSessionStore } from '../stores/session.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

/** A short, readable account of what an event changed; the full before and after stay in the log. */
function useDescribe() {
  const { t } = useTranslation();
  return (event: AuditEvent): string => {
    const after = event.after as Record<string, unknown> | null;
    if (event.type === 'session.renamed' && after) return String(after.title ?? '');
    if (after && typeof after.status === 'string') {
      const parts = [t(`statuses.${after.status}` as 'statuses.open')];
      if (after.rationale) parts.push(String(after.rationale));
      return parts.join(': ');
    }
    return '';
  };
}

export function AuditDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const outcomes = useSessionStore((state) => state.outcomes);
  const board = useBoardStore((state) => state.current?.board);
  const showError = useNotices((state) => state.showError);
  const [itemId, setItemId] = useState('');
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const describe = useDescribe();

  useEffect(() => {
    if (!session) return;
    api['events.list']({ sessionId: session.id, itemId: itemId || undefined }).then(setEvents, showError);
  }, [session, itemId, outcomes, showError]);

  const titleOf = (id: string | null) => board?.items.find((item) => item.id === id)?.title[language] ?? id ?? '';
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
                {t(`events.${event.type.replaceAll('.', '_')}` as 'events.session_created')}
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
