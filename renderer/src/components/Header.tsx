import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/text.ts';
import { useBoardStore, usePreferences, useSessionStore } from '../stores/index.ts';
import { ExportDialog } from './ExportDialog.tsx';

export type DialogName =
  | 'sessions'
  | 'newSession'
  | 'import'
  | 'sourceNotes'
  | 'audit'
  | 'compare'
  | 'settings'
  | 'decisionTree'
  | 'traceability';

function LanguageSwitch() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const setLanguage = usePreferences((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {(['nl', 'en'] as Language[]).map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} onClick={() => setLanguage(code)}>
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

function BoardAndSessionPickers() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const boards = useBoardStore((state) => state.boards);
  const currentBoard = useBoardStore((state) => state.current);
  const openBoard = useBoardStore((state) => state.openBoard);
  const sessions = useSessionStore((state) => state.sessions);
  const currentSession = useSessionStore((state) => state.current);
  const openSession = useSessionStore((state) => state.openSession);
  return (
    <>
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
    </>
  );
}

export function Header({ onOpen }: { onOpen: (dialog: DialogName) => void }) {
  const { t } = useTranslation();
  const currentBoard = useBoardStore((state) => state.current);
  const session = useSessionStore((state) => state.current);
  const canUndo = useSessionStore((state) => state.canUndo);
  const canRedo = useSessionStore((state) => state.canRedo);
  const undo = useSessionStore((state) => state.undo);
  const redo = useSessionStore((state) => state.redo);
  const editable = session !== null && session.closedAt === null;

  return (
    <header className="app-header">
      <a className="skip-link" href="#agenda">
        {t('app.skipToAgenda')}
      </a>
      <h1>{t('app.name')}</h1>
      <BoardAndSessionPickers />
      <div className="toolbar" role="toolbar" aria-label={t('app.name')}>
        <button type="button" onClick={() => onOpen('newSession')}>
          {t('sessions.new')}
        </button>
        <button type="button" onClick={() => onOpen('sessions')}>
          {t('toolbar.sessions')}
        </button>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!editable || !canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {t('toolbar.undo')}
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!editable || !canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('toolbar.redo')}
        </button>
        <button type="button" onClick={() => onOpen('audit')} disabled={!session}>
          {t('toolbar.audit')}
        </button>
        <button type="button" onClick={() => onOpen('compare')} disabled={!session}>
          {t('toolbar.compare')}
        </button>
        <ExportDialog />
        <button type="button" onClick={() => onOpen('import')}>
          {t('import.button')}
        </button>
        {currentBoard && currentBoard.board.context.rules.length > 0 && (
          <button type="button" onClick={() => onOpen('decisionTree')}>
            {t('decisionTree.button')}
          </button>
        )}
        {currentBoard && currentBoard.board.traceability.length > 0 && (
          <button type="button" onClick={() => onOpen('traceability')}>
            {t('traceability.button')}
          </button>
        )}
        {currentBoard && currentBoard.warnings.length > 0 && (
          <button type="button" onClick={() => onOpen('sourceNotes')}>
            {t('boards.warnings', { count: currentBoard.warnings.length })}
          </button>
        )}
        <button type="button" onClick={() => onOpen('settings')}>
          {t('toolbar.settings')}
        </button>
      </div>
      <LanguageSwitch />
    </header>
  );
}
