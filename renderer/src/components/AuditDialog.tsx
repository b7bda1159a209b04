import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../dates.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { eventKey } from '../../../shared/session/events.ts';
import { useBoardStore, useHistoryStore, usePreferences, useSessionStore } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';

/** Every row has this height, so only the rows in view need to be in the page. */
const ROW_HEIGHT = 40;
/** Rows drawn above and below the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 15;
/** The next page is asked for when the rows read so far end within this many screens. */
const PREFETCH_SCREENS = 2;

/** A short, readable account of what an event changed; the full before and after stay in the log. */
function useDescribe() {
  const { t } = useTranslation();
  return (event: AuditEvent): string => {
    if (event.type === 'session.renamed') return event.after.title;
    if (event.type === 'room.counted')
      return Object.entries(event.after)
        .map(([choice, count]) => `${choice}: ${count}`)
        .join(', ');
    if (event.itemId === null || !event.after || !('status' in event.after)) return '';
    const { status, rationale } = event.after;
    return [t(`statuses.${status}`), rationale].filter(Boolean).join(': ');
  };
}

/** The rows of a long list that are in view (with some to spare), from the scroll position. */
function useVisibleRows(scroller: React.RefObject<HTMLDivElement | null>, count: number) {
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller]);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const nearEnd = (view.top + view.height * (1 + PREFETCH_SCREENS)) / ROW_HEIGHT >= count;
  return { first, last, nearEnd };
}

export function AuditDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const outcomes = useSessionStore((state) => state.outcomes);
  const board = useBoardStore((state) => state.current?.board);
  const events = useHistoryStore((state) => state.events);
  const complete = useHistoryStore((state) => state.eventsComplete);
  const loadEvents = useHistoryStore((state) => state.loadEvents);
  const loadMoreEvents = useHistoryStore((state) => state.loadMoreEvents);
  const [itemId, setItemId] = useState('');
  const describe = useDescribe();
  const scroller = useRef<HTMLDivElement>(null);
  const { first, last, nearEnd } = useVisibleRows(scroller, events.length);

  // Read again whenever an outcome changes, so the trail shows what was just recorded.
  useEffect(() => {
    if (session) void loadEvents(session.id, itemId || null);
  }, [session, itemId, outcomes, loadEvents]);

  useEffect(() => {
    if (nearEnd && !complete) void loadMoreEvents();
  }, [nearEnd, complete, events.length, loadMoreEvents]);

  const itemById = useMemo(() => (board ? indexBoard(board).itemById : undefined), [board]);
  const titleOf = (id: string | null) => (id && itemById?.get(id)?.title[language]) ?? id ?? '';
  const shown = events.slice(first, last);
  return (
    <Modal title={t('audit.heading', { title: isolate(session?.title ?? '') })} onClose={onClose}>
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
      <p className="audit-count" role="status">
        {complete ? t('audit.all', { count: events.length }) : t('audit.count', { count: events.length })}
      </p>
      <div className="audit-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('audit.rows')}>
        <table className="audit-table" aria-rowcount={complete ? events.length + 1 : -1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('report.when')}</th>
              <th scope="col">{t('report.who')}</th>
              <th scope="col">{t('report.what')}</th>
              <th scope="col">{t('report.item')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr className="audit-spacer" aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {shown.map((event, index) => {
              const detail = describe(event);
              return (
                <tr
                  key={event.id}
                  data-event-type={event.type}
                  data-event-id={event.id}
                  aria-rowindex={first + index + 2}
                  style={{ height: ROW_HEIGHT }}
                >
                  <td>{formatMoment(event.at, language)}</td>
                  <td>{event.actor || '—'}</td>
                  <td>
                    {t(`events.${eventKey(event.type)}`)}
                    {event.undone && ` (${t('audit.undone')})`}
                  </td>
                  <td title={titleOf(event.itemId)}>{titleOf(event.itemId)}</td>
                  <td title={detail}>{detail}</td>
                </tr>
              );
            })}
            {last < events.length && (
              <tr className="audit-spacer" aria-hidden="true" style={{ height: (events.length - last) * ROW_HEIGHT }} />
            )}
          </tbody>
        </table>
        {!complete && events.length > 0 && <p className="audit-more">{t('audit.more')}</p>}
      </div>
      {events.length === 0 && complete && <p>{t('audit.empty')}</p>}
    </Modal>
  );
}
