import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/session/schema.ts';
import { formatDay } from '../dates.ts';
import { fileToBase64, saveFile } from '../files.ts';
import { useBoardStore, useNotices, usePreferences, useSessionStore } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { ShortTextInput } from './ShortTextInput.tsx';
import { Modal } from './Modal.tsx';
import { FilePicker } from './FilePicker.tsx';
import { NextReviewForm } from './NextReviewForm.tsx';
import { isolate } from '../../../shared/text.ts';

function RenameForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const renameSession = useSessionStore((state) => state.renameSession);
  const [title, setTitle] = useState(session.title);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await renameSession(session.id, title)) onDone();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <Field label={t('sessionsScreen.newTitle')}>
        <ShortTextInput value={title} onChange={setTitle} required autoFocus />
      </Field>
      <button type="submit">{t('sessionsScreen.save')}</button>
      <button type="button" onClick={onDone}>
        {t('sessions.cancel')}
      </button>
    </form>
  );
}

type RowMode = 'view' | 'rename' | 'next';

function SessionRow({ session, onOpened }: { session: Session; onOpened: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const current = useSessionStore((state) => state.current);
  const openSession = useSessionStore((state) => state.openSession);
  const reopenSession = useSessionStore((state) => state.reopenSession);
  const closeSession = useSessionStore((state) => state.closeSession);
  const trashSession = useSessionStore((state) => state.trashSession);
  const exportSession = useSessionStore((state) => state.exportSession);
  const [mode, setMode] = useState<RowMode>('view');
  const closed = session.closedAt !== null;

  const saveSessionFile = async () => {
    const file = await exportSession(session.id);
    if (file) saveFile(file.fileName, file.mimeType, file.base64);
  };

  return (
    <li className="session-row" data-session-id={session.id}>
      <div className="session-summary">
        <strong>{session.title}</strong> <span>{formatDay(session.date, language)}</span>{' '}
        <span className={`session-state${closed ? ' closed' : ''}`}>
          {closed ? t('sessionsScreen.closed') : t('sessionsScreen.open')}
        </span>
        {session.id === current?.id && <span className="session-current"> · {t('sessionsScreen.current')}</span>}
      </div>
      {mode === 'rename' && <RenameForm session={session} onDone={() => setMode('view')} />}
      {mode === 'next' && <NextReviewForm previous={session} onDone={onOpened} />}
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
              <button type="button" onClick={() => void reopenSession(session.id)}>
                {t('sessionsScreen.reopen')}
              </button>
              <button type="button" onClick={() => setMode('next')}>
                {t('sessionsScreen.nextReview')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void closeSession(session.id)}>
              {t('sessionsScreen.close')}
            </button>
          )}
          <button type="button" onClick={saveSessionFile}>
            {t('sessionsScreen.export')}
          </button>
          <button type="button" onClick={() => void trashSession(session.id)}>
            {t('sessionsScreen.trash')}
          </button>
        </div>
      )}
    </li>
  );
}

function Trash() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const trashed = useSessionStore((state) => state.trash);
  const loadTrash = useSessionStore((state) => state.loadTrash);
  const restoreSession = useSessionStore((state) => state.restoreSession);
  const emptyTrash = useSessionStore((state) => state.emptyTrash);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void loadTrash();
  }, [loadTrash]);

  return (
    <section aria-labelledby="trash-heading">
      <h3 id="trash-heading">{t('sessionsScreen.trashHeading', { count: trashed.length })}</h3>
      <ul className="session-list">
        {trashed.map((session) => (
          <li key={session.id} className="session-row">
            <strong>{session.title}</strong> <span>{formatDay(session.date, language)}</span>{' '}
            <button type="button" onClick={() => void restoreSession(session.id)}>
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
                await emptyTrash();
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
  const importSession = useSessionStore((state) => state.importSession);
  const exportHistory = useSessionStore((state) => state.exportHistory);
  const importHistory = useSessionStore((state) => state.importHistory);
  const showStatus = useNotices((state) => state.showStatus);
  const language = usePreferences((state) => state.language);

  const importSessionFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = await importSession({ name: file.name, base64: await fileToBase64(file) });
    if (!imported) return;
    showStatus(
      [
        t('sessionsScreen.imported', { title: isolate(imported.title) }),
        ...(imported.idChanged ? [t('register.idsChanged')] : []),
      ].join(' '),
    );
    onClose();
  };

  const importHistoryFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = await importHistory({ name: file.name, base64: await fileToBase64(file) });
    if (!imported) return;
    showStatus(
      [
        t('register.historyImported', { count: imported.sessions.length }),
        ...(imported.idsChanged ? [t('register.idsChanged')] : []),
        ...(imported.numbersKept ? [] : [t('register.numbersRenumbered')]),
      ].join(' '),
    );
    onClose();
  };

  const saveHistory = async () => {
    if (!board) return;
    const file = await exportHistory(board.board.meta.id);
    if (file) saveFile(file.fileName, file.mimeType, file.base64);
  };

  return (
    <Modal
      title={t('sessionsScreen.heading', { board: isolate(board?.board.meta.title[language] ?? '') })}
      onClose={onClose}
    >
      <ul className="session-list">
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} onOpened={onClose} />
        ))}
      </ul>
      {sessions.length === 0 && <p>{t('sessions.none')}</p>}
      <FilePicker
        label={t('sessionsScreen.import')}
        choose={t('files.chooseFile')}
        accept=".json,application/json"
        onChange={importSessionFile}
      />
      <FilePicker
        label={t('register.importHistory')}
        choose={t('files.chooseFile')}
        accept=".json,application/json"
        onChange={importHistoryFile}
      />
      <p className="form-note">{t('register.undoDoesNotTravel')}</p>
      {sessions.length > 0 && (
        <button type="button" onClick={() => void saveHistory()}>
          {t('register.exportHistory')}
        </button>
      )}
      <Trash />
    </Modal>
  );
}
