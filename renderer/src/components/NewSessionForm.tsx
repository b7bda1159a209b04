import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField.tsx';
import { Field } from './Field.tsx';
import { TitleAndFacilitator } from './TitleAndFacilitator.tsx';
import type { Language } from '../../../shared/text.ts';
import { participantNames } from '../../../shared/session/participants.ts';
import { formatDay, today } from '../dates.ts';
import { usePreferences, useSessionStore } from '../stores/index.ts';

export function NewSessionForm({ boardId, onDone }: { boardId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const uiLanguage = usePreferences((state) => state.language);
  const createSession = useSessionStore((state) => state.createSession);
  const lastFacilitator = usePreferences((state) => state.facilitator);
  const rememberFacilitator = usePreferences((state) => state.setFacilitator);
  const [date, setDate] = useState<string | null>(today);
  const [title, setTitle] = useState(() => t('sessions.defaultTitle', { date: formatDay(today(), uiLanguage) }));
  const [facilitator, setFacilitator] = useState(lastFacilitator);
  const [participants, setParticipants] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    rememberFacilitator(facilitator.trim());
    const created = await createSession({
      boardId,
      title,
      date,
      facilitator,
      participants: participantNames(participants),
      language,
    });
    if (created) onDone();
  };

  return (
    <form className="new-session" onSubmit={submit} aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">{t('sessions.createHeading')}</h2>
      <TitleAndFacilitator title={title} onTitle={setTitle} facilitator={facilitator} onFacilitator={setFacilitator} />
      <Field label={t('sessions.participants')}>
        <input value={participants} onChange={(event) => setParticipants(event.target.value)} />
      </Field>
      <Field label={t('sessions.date')}>
        <DateField required value={date} onChange={setDate} />
      </Field>
      <Field label={t('sessions.language')}>
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="nl">{t('app.languageNames.nl')}</option>
          <option value="en">{t('app.languageNames.en')}</option>
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit">{t('sessions.create')}</button>
        <button type="button" onClick={onDone}>
          {t('sessions.cancel')}
        </button>
      </div>
    </form>
  );
}
