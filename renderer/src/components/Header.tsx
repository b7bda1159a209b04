import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/text.ts';
import { useBoardStore } from '../stores/board.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useSessionStore } from '../stores/session.ts';
import { ExportButton } from './ExportButton.tsx';

interface HeaderProps {
  onNewSession: () => void;
  onImport: () => void;
  onShowSourceNotes: () => void;
}

export function Header({ onNewSession, onImport, onShowSourceNotes }: HeaderProps) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const setLanguage = usePreferences((state) => state.setLanguage);
  const boards = useBoardStore((state) => state.boards);
  const currentBoard = useBoardStore((state) => state.current);
  const openBoard = useBoardStore((state) => state.openBoard);
  const sessions = useSessionStore((state) => state.sessions);
  const currentSession = useSessionStore((state) => state.current);
  const openSession = useSessionStore((state) => state.openSession);

  return (
    <header className="app-header">
      <a className="skip-link" href="#agenda">
        {t('app.skipToAgenda')}
      </a>
      <h1>{t('app.name')}</h1>
      <label>
        {t('boards.choose')}
        <select value={currentBoard?.board.meta.id ?? ''} onChange={(event) => void openBoard(event.target.value)}>
          {boards.map((board) => (
            <option key={board.meta.id} value={board.meta.id}>
              {board.meta.title[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sessions.choose')}
        <select
          value={currentSession?.id ?? ''}
          onChange={(event) => {
            const session = sessions.find((candidate) => candidate.id === event.target.value);
            if (session) void openSession(session);
          }}
        >
          {sessions.length === 0 && <option value="">{t('sessions.none')}</option>}
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title} ({session.date})
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onImport}>
        {t('import.button')}
      </button>
      {currentBoard && currentBoard.warnings.length > 0 && (
        <button type="button" onClick={onShowSourceNotes}>
          {t('boards.warnings', { count: currentBoard.warnings.length })}
        </button>
      )}
      <button type="button" onClick={onNewSession}>
        {t('sessions.new')}
      </button>
      <ExportButton />
      <div className="language-switch" role="group" aria-label={t('app.language')}>
        {(['nl', 'en'] as Language[]).map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={language === code}
            onClick={() => setLanguage(code)}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
