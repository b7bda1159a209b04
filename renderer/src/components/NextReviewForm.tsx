import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { participantNames } from '../../../shared/session/participants.ts';
import type { Session } from '../../../shared/session/schema.ts';
import { isolate } from '../../../shared/text.ts';
import { formatDay, today } from '../dates.ts';
import { useNotices, usePreferences, useSessionStore } from '../stores/index.ts';
import { DateField } from './DateField.tsx';
import { Field } from './Field.tsx';
import { ShortTextInput } from './ShortTextInput.tsx';

/**
 * The one path to the next review: it follows `previous` (closing it first if still open) and
 * carries every item's latest outcome, due decisions, deferred, escalated and open items alike.
 * Facilitator and participants may change from one review to the next.
 */
export function NextReviewForm({ previous, onDone }: { previous: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const startNextReview = useSessionStore((state) => state.startNextReview);
  const showStatus = useNotices((state) => state.showStatus);
  const language = usePreferences((state) => state.language);
  const rememberFacilitator = usePreferences((state) => state.setFacilitator);
  const [title, setTitle] = useState(() => t('sessions.defaultTitle', { date: formatDay(today(), language) }));
  const [date, setDate] = useState<string | null>(today);
  const [facilitator, setFacilitator] = useState(previous.facilitator);
  const [participants, setParticipants] = useState(previous.participants.join(', '));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    rememberFacilitator(facilitator.trim());
    const result = await startNextReview({
      sessionId: previous.id,
      title,
      date,
      facilitator,
      participants: participantNames(participants),
      closePrevious: true,
    });
    if (!result) return;
    showStatus(t('sessionsScreen.carried', { count: result.carried.length, dropped: result.dropped.length }));
    onDone();
  };
  return (
    <form className="inline-form next-review-form" onSubmit={submit} aria-label={t('register.nextReviewHeading')}>
      <p className="form-note">
        {t(previous.closedAt ? 'register.nextReviewFollows' : 'register.nextReviewCloses', {
          session: isolate(previous.title),
          date: formatDay(previous.date, language),
        })}
      </p>
      <Field label={t('sessions.title')}>
        <ShortTextInput value={title} onChange={setTitle} required autoFocus />
      </Field>
      <Field label={t('sessions.date')}>
        <DateField value={date} onChange={setDate} required />
      </Field>
      <Field label={t('sessions.facilitator')}>
        <ShortTextInput value={facilitator} onChange={setFacilitator} required />
      </Field>
      <Field label={t('sessions.participants')}>
        <input value={participants} onChange={(event) => setParticipants(event.target.value)} />
      </Field>
      <button type="submit">{t('sessionsScreen.startNextReview')}</button>
      <button type="button" onClick={onDone}>
        {t('sessions.cancel')}
      </button>
    </form>
  );
}
