import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { formatDay, today } from '../dates.ts';
import { useBoardStore, usePreferences, useSessionStore } from '../stores/index.ts';
import { TitleAndFacilitator } from './TitleAndFacilitator.tsx';
import { isolate } from '../../../shared/text.ts';

/** On opening a board: the decisions whose review date has come, and a review session for them. */
export function DueReviews() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const lastFacilitator = usePreferences((state) => state.facilitator);
  const board = useBoardStore((state) => state.current?.board);
  const due = useSessionStore((state) => state.dueReviews);
  const loadDueReviews = useSessionStore((state) => state.loadDueReviews);
  const startDueReview = useSessionStore((state) => state.startDueReview);
  const sessionCount = useSessionStore((state) => state.sessions.length);
  const [dismissed, setDismissed] = useState(false);
  const [starting, setStarting] = useState(false);
  const [title, setTitle] = useState(() => t('dueReviews.defaultTitle', { date: formatDay(today(), language) }));
  const [facilitator, setFacilitator] = useState(lastFacilitator);
  const boardId = board?.meta.id;

  useEffect(() => {
    if (boardId) void loadDueReviews(boardId, today());
  }, [boardId, sessionCount, loadDueReviews]);

  if (!board || due.length === 0 || dismissed) return null;
  const items = indexBoard(board).itemById;
  const start = async (event: FormEvent) => {
    event.preventDefault();
    const session = { boardId: board.meta.id, title, date: today(), facilitator, language };
    if (await startDueReview(session)) setStarting(false);
  };

  return (
    <section className="due-reviews" aria-labelledby="due-reviews-heading">
      <h2 id="due-reviews-heading">{t('dueReviews.heading', { count: due.length })}</h2>
      <ul>
        {due.map(({ outcome, decidedIn }) => (
          <li key={outcome.itemId}>
            <strong>{items.get(outcome.itemId)?.title[language] ?? outcome.itemId}</strong>{' '}
            {t('dueReviews.decidedIn', {
              session: isolate(decidedIn.title),
              date: formatDay(decidedIn.date, language),
              reviewDate: formatDay(outcome.reviewDate ?? decidedIn.date, language),
            })}
          </li>
        ))}
      </ul>
      {starting ? (
        <form className="inline-form" onSubmit={start}>
          <TitleAndFacilitator
            title={title}
            onTitle={setTitle}
            facilitator={facilitator}
            onFacilitator={setFacilitator}
          />
          <button type="submit">{t('dueReviews.start')}</button>
          <button type="button" onClick={() => setStarting(false)}>
            {t('sessions.cancel')}
          </button>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => setStarting(true)}>
            {t('dueReviews.offer')}
          </button>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('dueReviews.later')}
          </button>
        </div>
      )}
    </section>
  );
}
