import { useTranslation } from 'react-i18next';
import { isOverdue, reviewStanding } from '../../../shared/session/review.ts';
import { isolate } from '../../../shared/text.ts';
import { formatDay } from '../dates.ts';
import { usePreferences, useSessionStore } from '../stores/index.ts';

/** Where an item stands coming in from the last review: decided there, due for review, overdue. */
export function ReviewStanding({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const outcome = useSessionStore((state) => state.outcomes[itemId]);
  if (!session || !outcome) return null;
  const standing = reviewStanding(outcome, session);
  const from = outcome.carriedFrom;
  const lines: string[] = [];
  if (from) {
    const where = {
      session: isolate(from.title),
      date: formatDay(from.date, language),
      status: t(`statuses.${outcome.status}`),
    };
    lines.push(outcome.status === 'decided' ? t('review.decidedIn', where) : t('review.carriedFrom', where));
  }
  if (standing === 'due-for-review' && outcome.reviewDate)
    lines.push(t('review.dueForReview', { date: formatDay(outcome.reviewDate, language) }));
  if (isOverdue(outcome, session.date) && outcome.dueDate)
    lines.push(t('review.overdue', { date: formatDay(outcome.dueDate, language) }));
  if (lines.length === 0) return null;
  return (
    <div className={`review-standing standing-${standing}`} data-standing={standing}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
