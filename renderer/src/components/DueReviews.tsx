import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { isolate } from '../../../shared/text.ts';
import { formatDay, today } from '../dates.ts';
import { useBoardStore, usePreferences, useSessionStore } from '../stores/index.ts';
import { NextReviewForm } from './NextReviewForm.tsx';

/**
 * On opening a board: the decisions whose review date has come, each with the session it was
 * taken in, and the one path to the next review, which carries them with everything still
 * pending. Inside a session, a decision already on its agenda is not offered again.
 */
export function DueReviews() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  const due = useSessionStore((state) => state.dueReviews);
  const sessions = useSessionStore((state) => state.sessions);
  const currentId = useSessionStore((state) => state.current?.id);
  const loadDueReviews = useSessionStore((state) => state.loadDueReviews);
  const [dismissed, setDismissed] = useState(false);
  const [starting, setStarting] = useState(false);
  const boardId = board?.meta.id;

  useEffect(() => {
    if (boardId) void loadDueReviews(boardId, today());
  }, [boardId, sessions.length, currentId, loadDueReviews]);

  // The sessions come newest first: the next review follows the latest one.
  const latest = sessions[0];
  if (!board || !latest || due.length === 0 || dismissed) return null;
  const items = indexBoard(board).itemById;

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
        <NextReviewForm previous={latest} onDone={() => setStarting(false)} />
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => setStarting(true)}>
            {t('register.offerNextReview')}
          </button>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('dueReviews.later')}
          </button>
        </div>
      )}
    </section>
  );
}
