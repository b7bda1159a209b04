import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoment } from '../dates.ts';
import type { Item } from '../../../shared/board/schema.ts';
import { eventDiff, type AuditField } from '../../../shared/session/auditDiff.ts';
import type { SaveSetting } from '../../../shared/session/settings.ts';
import type { OutcomeStatus } from '../../../shared/session/schema.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { eventKey } from '../../../shared/session/events.ts';
import { useAuditTrail, useBoardStore, useOutcomes, usePreferences, useSessionStore } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';

/** Every row has this height, so only the rows in view need to be in the page. */
const ROW_HEIGHT = 40;
/** Rows drawn above and below the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 15;
/** The next page is asked for when the rows read so far end within this many screens. */
const PREFETCH_SCREENS = 2;

const FIELD_LABELS = {
  status: 'compare.fields.status',
  chosenOption: 'compare.fields.chosenOption',
  owner: 'compare.fields.owner',
  dueDate: 'compare.fields.dueDate',
  reviewDate: 'compare.fields.reviewDate',
  checklist: 'item.checklist',
  rationale: 'outcome.rationale',
  notes: 'outcome.notes',
  votes: 'outcome.votes',
} as const satisfies Record<AuditField, string>;

/** Long text shortened for one row; the whole of it stays in the log and the report. */
function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** A readable account of what an event changed, field by field (before → after); the full record stays in the log. */
function useDescribe(itemById: ReadonlyMap<string, Item> | undefined) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const titleOf = (id: string | null) => (id && itemById?.get(id)?.title[language]) ?? id ?? '—';
  const valueOf = (event: AuditEvent, field: AuditField, value: string | null): string => {
    if (value === null) return '—';
    if (field === 'status') return t(`statuses.${value as OutcomeStatus}`);
    if (field === 'chosenOption') {
      const option = event.itemId
        ? itemById?.get(event.itemId)?.options.find((candidate) => candidate.id === value)
        : undefined;
      return option?.label[language] ?? value;
    }
    if (field === 'dueDate' || field === 'reviewDate') return formatDay(value, language);
    if (field === 'checklist')
      return value
        .split(', ')
        .map((line) => `#${Number(line) + 1}`)
        .join(', ');
    return shortened(value);
  };
  const setting = (change: SaveSetting): string => {
    if (change.key === 'agenda')
      return t('register.auditAgenda', {
        count: change.value.order.length,
        dropped: change.value.dropped.map(titleOf).join(', ') || '—',
      });
    if (change.key === 'plan') return t('register.auditPlan', { minutes: change.value.lengthMinutes });
    if (change.key === 'decisionContext')
      return `${t('register.auditContext')}: ${
        Object.entries(change.value)
          .map(([name, value]) => `${name} = ${value}`)
          .join(', ') || '—'
      }`;
    const options = change.value;
    return t('register.auditExport', { language: options.language, format: options.format });
  };
  return (event: AuditEvent): string => {
    switch (event.type) {
      case 'session.renamed':
        return `${event.before.title} → ${event.after.title}`;
      case 'session.setting-saved':
        return setting(event.after);
      case 'session.planned':
        return [
          event.after.agenda && setting({ key: 'agenda', value: event.after.agenda }),
          event.after.plan && setting({ key: 'plan', value: event.after.plan }),
        ]
          .filter(Boolean)
          .join('; ');
      case 'room.counted':
        return Object.entries(event.after)
          .map(([choice, count]) => `${choice}: ${count}`)
          .join(', ');
      case 'session.resumed':
        return `${titleOf(event.before.itemId)} → ${titleOf(event.after.itemId)}`;
      case 'outcome.carried-over':
        return t('register.auditCarried', {
          session: event.before.title,
          date: formatDay(event.before.date, language),
        });
      case 'outcome.timed':
        return t('register.auditTimed', {
          minutes: Math.round((event.after.timeSpentSeconds - (event.before?.timeSpentSeconds ?? 0)) / 60),
        });
      default: {
        const diffs = eventDiff(event).map(
          (diff) =>
            `${t(FIELD_LABELS[diff.field])}: ${valueOf(event, diff.field, diff.before)} → ${valueOf(event, diff.field, diff.after)}`,
        );
        if (event.type === 'outcome.confirmed') diffs.unshift(t('register.confirmed'));
        return diffs.join('; ');
      }
    }
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
  const outcomes = useOutcomes((state) => state.outcomes);
  const board = useBoardStore((state) => state.current?.board);
  const events = useAuditTrail((state) => state.events);
  const complete = useAuditTrail((state) => state.eventsComplete);
  const loadEvents = useAuditTrail((state) => state.loadEvents);
  const loadMoreEvents = useAuditTrail((state) => state.loadMoreEvents);
  const [itemId, setItemId] = useState('');
  const itemById = useMemo(() => (board ? indexBoard(board).itemById : undefined), [board]);
  const describe = useDescribe(itemById);
  const scroller = useRef<HTMLDivElement>(null);
  const { first, last, nearEnd } = useVisibleRows(scroller, events.length);

  // Read again whenever an outcome changes, so the trail shows what was just recorded.
  useEffect(() => {
    if (session) void loadEvents(session.id, itemId || null);
  }, [session, itemId, outcomes, loadEvents]);

  useEffect(() => {
    if (nearEnd && !complete) void loadMoreEvents();
  }, [nearEnd, complete, events.length, loadMoreEvents]);

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
                  <td>
                    <span className="audit-wrap">{formatMoment(event.at, language)}</span>
                  </td>
                  <td title={event.actor}>
                    <span className="audit-wrap">{event.actor || '—'}</span>
                  </td>
                  <td>
                    <span className="audit-wrap">
                      {t(`events.${eventKey(event.type)}`)}
                      {event.undone && ` (${t('audit.undone')})`}
                    </span>
                  </td>
                  <td title={titleOf(event.itemId)}>
                    <span className="audit-wrap">{titleOf(event.itemId)}</span>
                  </td>
                  <td title={detail}>
                    <span className="audit-wrap">{detail}</span>
                  </td>
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
