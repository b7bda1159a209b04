import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { isOverdue, reviewStanding } from '../../../shared/session/review.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { Outcome, OutcomeStatus, Session } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { agendaProgress, arrangeAgenda } from '../../../shared/walkthrough.ts';
import { matchesShortcut } from '../shortcuts.ts';
import {
  useAgendaWalk,
  useDrafts,
  useOutcomes,
  usePreferences,
  useSessionSettings,
  useSessionStore,
  useWalkthrough,
} from '../stores/index.ts';
import { visibleAgenda } from '../stores/agendaWalk.ts';
import { isolate } from '../../../shared/text.ts';
import { hyphenate } from '../../../shared/typography/hyphenate.ts';
import { MeetingStanding } from './MeetingStanding.tsx';

/** "12 of 25 decided, 3 deferred" for the items on the agenda. */
function Progress({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const outcomes = useOutcomes((state) => state.outcomes);
  const progress = agendaProgress(items, outcomes);
  return (
    <p className="agenda-progress" role="status" data-testid="agenda-progress">
      {t('agenda.progress', { decided: progress.decided, total: progress.total, deferred: progress.deferred })}
      {progress.escalated > 0 && `, ${t('agenda.escalated', { count: progress.escalated })}`}
    </p>
  );
}

/** In a review that follows another: decided there, due for review now, or past its due date. */
interface ReviewMarks {
  decidedBefore: boolean;
  due: boolean;
  overdue: boolean;
}

const NO_REVIEW_MARKS: ReviewMarks = { decidedBefore: false, due: false, overdue: false };

function reviewMarksOf(outcome: Outcome | undefined, session: Session | null): ReviewMarks {
  if (!outcome || !session) return NO_REVIEW_MARKS;
  const standing = reviewStanding(outcome, session);
  const decidedBefore = standing === 'carried-settled' && outcome.status === 'decided';
  const due = standing === 'due-for-review';
  const overdue = isOverdue(outcome, session.date);
  return decidedBefore || due || overdue ? { decidedBefore, due, overdue } : NO_REVIEW_MARKS;
}

/** Kind, severity and whether the item blocks the start: what a facilitator weighs when ordering. */
function ItemMarks({ item, review, t }: { item: Item; review: ReviewMarks; t: TFunction }) {
  return (
    <span className="agenda-item-marks">
      <span className="agenda-kind">{t(`kinds.${item.kind}`)}</span>
      {item.kind === 'risk' && (
        <span className={`severity severity-${item.severity}`}>
          {t('item.severity')}: {t(`severities.${item.severity}`)}
        </span>
      )}
      {item.kind === 'open-question' && item.blocking && <span className="blocks-start">{t('item.blocking')}</span>}
      {review.decidedBefore && <span className="review-mark decided-before">{t('review.markDecidedBefore')}</span>}
      {review.due && <span className="review-mark due">{t('review.markDue')}</span>}
      {review.overdue && <span className="review-mark overdue">{t('review.markOverdue')}</span>}
    </span>
  );
}

function ArrangeButtons({ item, index, count }: { item: Item; index: number; count: number }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const moveItem = useAgendaWalk((state) => state.moveItem);
  const dropItem = useAgendaWalk((state) => state.dropItem);
  const title = item.title[language];
  return (
    <span className="arrange-buttons">
      <button
        type="button"
        aria-label={t('agenda.moveUp', { title })}
        disabled={index === 0}
        onClick={() => void moveItem(item.id, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('agenda.moveDown', { title })}
        disabled={index === count - 1}
        onClick={() => void moveItem(item.id, 1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('agenda.drop', { title })} onClick={() => void dropItem(item.id)}>
        ✕
      </button>
    </span>
  );
}

function DroppedItems({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const restoreItem = useAgendaWalk((state) => state.restoreItem);
  if (items.length === 0) return null;
  return (
    <details className="agenda-dropped">
      <summary>{t('plan.notOnAgenda', { count: items.length })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <span>{item.title[language]}</span>{' '}
            <button type="button" onClick={() => void restoreItem(item.id)}>
              {t('agenda.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One Tab stop for the whole list: arrow keys, Home and End move between the items, Enter opens
 * one, Alt+arrows move it up or down the agenda and Delete drops it.
 */
function useRovingList(items: Item[], editable: boolean) {
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const moveItem = useAgendaWalk((state) => state.moveItem);
  const dropItem = useAgendaWalk((state) => state.dropItem);
  const [activeId, setActiveId] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const stopId = items.some((item) => item.id === activeId)
    ? activeId
    : items.some((item) => item.id === selectedItemId)
      ? selectedItemId
      : (items[0]?.id ?? null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(pending)}"]`);
    // A long agenda arrives in slices: a row not in the page yet gets the focus once it is.
    if (!row && items.some((item) => item.id === pending)) return;
    row?.focus();
    pendingFocus.current = null;
  });

  const focusItem = (itemId: string | undefined) => {
    if (!itemId) return;
    setActiveId(itemId);
    pendingFocus.current = itemId;
    list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const itemId = (event.target as HTMLElement).closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
    if (!itemId || (event.target as HTMLElement).tagName !== 'BUTTON') return;
    const at = items.findIndex((item) => item.id === itemId);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (editable && matchesShortcut(event, 'agendaReorder')) {
      handled();
      pendingFocus.current = itemId;
      void moveItem(itemId, event.key === 'ArrowUp' ? -1 : 1);
    } else if (editable && matchesShortcut(event, 'agendaDrop')) {
      handled();
      focusItem(items[at + 1]?.id ?? items[at - 1]?.id);
      void dropItem(itemId);
    } else if (matchesShortcut(event, 'agendaMove')) {
      handled();
      const target = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: items.length - 1 }[event.key] ?? at;
      focusItem(items[Math.min(items.length - 1, Math.max(0, target))]?.id);
    }
  };
  return { list, stopId, setActiveId, onKeyDown };
}

interface AgendaRowProps {
  item: Item;
  index: number;
  count: number;
  status: OutcomeStatus;
  /** Flags rather than an object, so an unchanged row compares equal and is not drawn again. */
  decidedBefore: boolean;
  due: boolean;
  overdue: boolean;
  selected: boolean;
  /** Something was entered on the item and not recorded yet. */
  hasDraft: boolean;
  tabStop: boolean;
  arranging: boolean;
  editable: boolean;
  language: Language;
  t: TFunction;
  onFocusRow: (itemId: string) => void;
  onSelect: (itemId: string) => void;
}

/**
 * One item of the agenda; drawn again only when what it shows changes, so a long agenda stays quick.
 * Everything it shows comes from the agenda: a row subscribes to nothing, so a thousand rows mount
 * without a thousand subscriptions.
 */
const AgendaRow = memo(function AgendaRow(props: AgendaRowProps) {
  const { item, index, count, status, selected, hasDraft, tabStop, arranging, editable, language, t } = props;
  const { decidedBefore, due, overdue, onFocusRow, onSelect } = props;
  return (
    <li className={arranging ? 'arranging' : undefined}>
      <button
        type="button"
        className={`agenda-item${selected ? ' selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabStop ? 0 : -1}
        data-item-id={item.id}
        onFocus={() => onFocusRow(item.id)}
        onClick={() => onSelect(item.id)}
      >
        <span className={`status-dot status-${status}`} aria-hidden="true" />
        <span className="agenda-item-title">{hyphenate(item.title[language], language)}</span>
        <span className="agenda-item-status">
          {t(`statuses.${status}`)}
          {hasDraft && (
            <span className="draft-mark" data-testid="draft-mark">
              {' '}
              {t('draft.badge')}
            </span>
          )}
        </span>
        <ItemMarks item={item} review={{ decidedBefore, due, overdue }} t={t} />
      </button>
      {arranging && editable && <ArrangeButtons item={item} index={index} count={count} />}
    </li>
  );
});

/** A long agenda goes into the page a slice at a time, so a board of thousands of items opens without a pause. */
const FIRST_ROWS = 150;
const ROWS_PER_STEP = 100;

/** How many of `count` rows are in the page yet; starts again at the first slice for another `key`. */
function useRowsShown(count: number, key: unknown): number {
  const [progress, setProgress] = useState({ key, shown: FIRST_ROWS });
  const shown = progress.key === key ? progress.shown : FIRST_ROWS;
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setProgress({ key, shown: shown + ROWS_PER_STEP }), 0);
    return () => clearTimeout(timer);
  }, [shown, count, key]);
  return Math.min(shown, count);
}

/** The item under discussion stays in view in the agenda, however the room got there; the list moves no more than it must. */
function useCurrentRowInView(
  list: RefObject<HTMLOListElement | null>,
  selectedItemId: string | null,
  rowsShown: number,
) {
  useEffect(() => {
    if (!selectedItemId) return;
    // In the next frame, whose layout it then uses: in the click's own task it forced one of its own.
    const frame = requestAnimationFrame(() => {
      const row = list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(selectedItemId)}"]`);
      row?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [list, selectedItemId, rowsShown]);
}

/** Drawn again when what it shows changes, not on every render of the app around it. */
export const Agenda = memo(function Agenda({ board }: { board: Board }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const outcomes = useOutcomes((state) => state.outcomes);
  const settings = useSessionSettings((state) => state.settings);
  const session = useSessionStore((state) => state.current);
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const focusNode = useWalkthrough((state) => state.focusNode);
  const selectItem = useWalkthrough((state) => state.selectItem);
  const drafts = useDrafts((state) => state.drafts);
  const [arranging, setArranging] = useState(false);
  const hintId = useId();
  const focusedNode = focusedNodeId ? indexBoard(board).nodeById.get(focusedNodeId) : undefined;
  const editable = session !== null && session.closedAt === null;

  const arranged = useMemo(() => arrangeAgenda(board.items, settings.agenda), [board, settings.agenda]);
  const items = useMemo(() => visibleAgenda(board, settings, focusedNodeId), [board, settings, focusedNodeId]);
  const { list, stopId, setActiveId, onKeyDown } = useRovingList(items, editable);
  const rowsShown = useRowsShown(items.length, board);
  useCurrentRowInView(list, selectedItemId, rowsShown);

  if (board.items.length === 0) return <p>{t('agenda.empty')}</p>;
  return (
    <nav className="agenda" aria-label={t('agenda.heading')} id="agenda">
      <div className="agenda-head">
        <h2>{t('agenda.heading')}</h2>
        {editable && (
          <button
            type="button"
            className="agenda-arrange"
            aria-pressed={arranging}
            onClick={() => setArranging(!arranging)}
          >
            {t('agenda.arrange')}
          </button>
        )}
      </div>
      <Progress items={arranged.items} />
      <MeetingStanding />
      {focusedNode && (
        <p className="agenda-filter" role="status">
          {t('agenda.filtered', { node: isolate(focusedNode.label[language]) })}{' '}
          <button type="button" onClick={() => focusNode(null)}>
            {t('agenda.showAll')}
          </button>
        </p>
      )}
      <p id={hintId} className="visually-hidden">
        {t(editable ? 'agenda.keysArrange' : 'agenda.keys')}
      </p>
      <ol className="agenda-list" ref={list} onKeyDown={onKeyDown} aria-describedby={hintId}>
        {items.slice(0, rowsShown).map((item, index) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={index}
            count={items.length}
            status={outcomes[item.id]?.status ?? 'open'}
            {...reviewMarksOf(outcomes[item.id], session)}
            selected={item.id === selectedItemId}
            hasDraft={drafts[item.id] !== undefined}
            tabStop={item.id === stopId}
            arranging={arranging}
            editable={editable}
            language={language}
            t={t}
            onFocusRow={setActiveId}
            onSelect={selectItem}
          />
        ))}
      </ol>
      <DroppedItems items={arranged.dropped} />
    </nav>
  );
});
