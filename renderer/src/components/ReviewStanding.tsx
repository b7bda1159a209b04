import { useTranslation } from 'react-i18next';
import { isOverdue, reviewStanding } from '../../../shared/session/review.ts';
import { isolate } from '../../../shared/text.ts';
import { formatDay } from '../dates.ts';
import { useBoardStore, useOutcomes, usePreferences, useSessionStore } from '../stores/index.ts';

/** Where an item stands coming in from the last review: decided there, due for review, overdue. */
export function ReviewStanding({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const outcome = useOutcomes((state) => state.outcomes[itemId]);
  const options = useBoardStore((state) => state.current?.board.items.find((item) => item.id === itemId)?.options);
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
    const decidedThere = from.state ? from.state.status === 'decided' : outcome.status === 'decided';
    lines.push(decidedThere ? t('review.decidedIn', where) : t('review.carriedFrom', where));
    // Reversed or set aside here: the decision it came in as stays in sight.
    const earlier = from.state;
    if (
      earlier?.status === 'decided' &&
      (outcome.status !== 'decided' || earlier.chosenOption !== outcome.chosenOption)
    ) {
      const label = options?.find((option) => option.id === earlier.chosenOption)?.label[language];
      lines.push(
        t('register.earlierOption', { option: isolate(label ?? earlier.chosenOption ?? t('outcome.noOption')) }),
      );
    }
  }
  if (outcome.confirmedAt) lines.push(t('register.confirmedHere'));
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
