import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/session/schema.ts';
import { api } from '../api/client.ts';
import { fileToBase64, saveFile } from '../files.ts';
import { useBoardStore } from '../stores/board.ts';
import { useNotices } from '../stores/notices.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useSessionStore } from '../stores/session.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function RenameForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const changeSession = useSessionStore((state) => state.changeSession);
  const [title, setTitle] = useState(session.title);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await changeSession(() => api['sessions.rename']({ sessionId: session.id, title }))) onDone();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <Field label={t('sessionsScreen.newTitle')}>
        <input value={title} onChange={(event) => setTitle(event.target.value)} required autoFocus />
      </Field>
      <button type="submit">{t('sessionsScreen.save')}</button>
      <button type="button" onClick={onDone}>
        {t('sessions.cancel')}
      </button>
    </form>
  );
}

function NextReviewForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const openSession = useSessionStore((state) => state.openSession);
  const changeSession = useSessionStore((state) => state.changeSession);
  const showStatus = useNotices((state) => state.showStatus);
  const [title, setTitle] = useState(() => t('sessions.defaultTitle', { date: today() }));
  const [date, setDate] = useState(today);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let created: Session | undefined;
    const ok = await changeSession(async () => {
      const result = await api['sessions.nextReview']({ sessionId: session.id, title, date });
      created = result.session;
      showStatus(t('sessionsScreen.carried', { count: result.carried.length, dropped: result.dropped.length }));
    });
    if (ok && created) {
      await openSession(created);
      onDone();
    }
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <Field label={t('sessions.title')}>
        <input value={title} onChange={(event) => setTitle(event.target.value)} required autoFocus />
      </Field>
      <Field label={t('sessions.date')}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
      </Field>
      <button type="submit">{t('sessionsScreen.startNextReview')}</button>
      <button type="button" onClick={onDone}>
        {t('sessions.cancel')}
      </button>
    </form>
  );
}

type RowMode = 'view' | 'rename' | 'next';

function SessionRow({ session, onOpened }: { session: Session; onOpened: () => void }) {
  const { t } = useTranslation();
  const current = useSessionStore((state) => state.current);
  const openSession = useSessionStore((state) => state.openSession);
  const changeSession = useSessionStore((state) => state.changeSession);
  const showError = useNotices((state) => state.showError);
  const [mode, setMode] = useState<RowMode>('view');
  const closed = session.closedAt !== null;

  const exportSession = async () => {
    try {
      const file = await api['sessions.export']({ sessionId: session.id });
      saveFile(file.fileName, file.mimeType, file.base64);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <li className="session-row" data-session-id={session.id}>
      <div className="session-summary">
        <strong>{session.title}</strong> <span>{session.date}</span>{' '}
        <span className={`session-state${closed ? ' closed' : ''}`}>
          {closed ? t('sessionsScreen.closed') : t('sessionsScreen.open')}
        </span>
        {session.id === current?.id && <span className="session-current"> · {t('sessionsScreen.current')}</span>}
      </div>
      {mode === 'rename' && <RenameForm session={session} onDone={() => setMode('view')} />}
      {mode === 'next' && <NextReviewForm session={session} onDone={onOpened} />}
      {mode === 'view' && (
        <div className="session-actions" role="group" aria-label={session.title}>
          <button
            type="button"
            onClick={async () => {
              await openSession(session);
              onOpened();
            }}
          >
            {t('sessionsScreen.openSession')}
          </button>
          {!closed && (
            <button type="button" onClick={() => setMode('rename')}>
              {t('sessionsScreen.rename')}
            </button>
          )}
          {closed ? (
            <>
              <button
                type="button"
                onClick={() => changeSession(() => api['sessions.reopen']({ sessionId: session.id }))}
              >
                {t('sessionsScreen.reopen')}
              </button>
              <button type="button" onClick={() => setMode('next')}>
                {t('sessionsScreen.nextReview')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => changeSession(() => api['sessions.close']({ sessionId: session.id }))}>
              {t('sessionsScreen.close')}
            </button>
          )}
          <button type="button" onClick={exportSession}>
            {t('sessionsScreen.export')}
          </button>
          <button type="button" onClick={() => changeSession(() => api['sessions.trash']({ sessionId: session.id }))}>
            {t('sessionsScreen.trash')}
          </button>
        </div>
      )}
    </li>
  );
}

function Trash() {
  const { t } = useTranslation();
  const sessions = useSessionStore((state) => state.sessions);
  const changeSession = useSessionStore((state) => state.changeSession);
  const [trashed, setTrashed] = useState<Session[]>([]);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    // The trash is read again whenever the list of sessions changed.
    api['sessions.listTrash']({}).then(setTrashed, () => setTrashed([]));
  }, [sessions]);

  return (
    <section aria-labelledby="trash-heading">
      <h3 id="trash-heading">{t('sessionsScreen.trashHeading', { count: trashed.length })}</h3>
      <ul className="session-list">
        {trashed.map((session) => (
          <li key={session.id} className="session-row">
            <strong>{session.title}</strong> <span>{session.date}</span>{' '}
            <button
              type="button"
              onClick={() => changeSession(() => api['sessions.restore']({ sessionId: session.id }))}
            >
              {t('sessionsScreen.restore')}
            </button>
          </li>
        ))}
      </ul>
      {trashed.length > 0 &&
        (confirming ? (
          <p role="alert">
            {t('sessionsScreen.confirmEmpty', { count: trashed.length })}{' '}
            <button
              type="button"
              onClick={async () => {
                await changeSession(() => api['sessions.emptyTrash']({}));
                setConfirming(false);
              }}
            >
              {t('sessionsScreen.emptyTrashForGood')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('sessions.cancel')}
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('sessionsScreen.emptyTrash')}
          </button>
        ))}
    </section>
  );
}

export function SessionsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const board = useBoardStore((state) => state.current);
  const sessions = useSessionStore((state) => state.sessions);
  const openSession = useSessionStore((state) => state.openSession);
  const changeSession = useSessionStore((state) => state.changeSession);
  const showStatus = useNotices((state) => state.showStatus);
  const language = usePreferences((state) => state.language);

  const importSession = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let imported: Session | undefined;
    const ok = await changeSession(async () => {
      imported = await api['sessions.import']({ file: { name: file.name, base64: await fileToBase64(file) } });
    });
    if (ok && imported) {
      showStatus(t('sessionsScreen.imported', { title: imported.title }));
      await useBoardStore.getState().loadBoards();
      await openSession(imported);
      onClose();
    }
  };

  return (
    <Modal title={t('sessionsScreen.heading', { board: board?.board.meta.title[language] ?? '' })} onClose={onClose}>
      <ul className="session-list">
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} onOpened={onClose} />
        ))}
      </ul>
      {sessions.length === 0 && <p>{t('sessions.none')}</p>}
      <label className="file-picker">
        {t('sessionsScreen.import')}
        <input type="file" accept=".json,application/json" onChange={importSession} />
      </label>
      <Trash />
    </Modal>
  );
}
