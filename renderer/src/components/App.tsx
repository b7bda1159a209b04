import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../stores/board.ts';
import { useNotices } from '../stores/notices.ts';
import { useSessionStore } from '../stores/session.ts';
import { useWalkthrough } from '../stores/walkthrough.ts';
import { Agenda } from './Agenda.tsx';
import { BoardGraph } from './BoardGraph.tsx';
import { Header } from './Header.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { SourceNotesDialog } from './SourceNotesDialog.tsx';
import { ItemDetail } from './ItemDetail.tsx';
import { NewSessionForm } from './NewSessionForm.tsx';

function Notices() {
  const { t } = useTranslation();
  const error = useNotices((state) => state.error);
  const status = useNotices((state) => state.status);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <>
      <p className="status-line" role="status">
        {status}
      </p>
      {error && (
        <div className="error-banner" role="alert">
          {t('app.error', { message: error })}
          <button type="button" onClick={dismiss}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}

export function App() {
  const { t } = useTranslation();
  const loaded = useBoardStore((state) => state.loaded);
  const current = useBoardStore((state) => state.current);
  const loadBoards = useBoardStore((state) => state.loadBoards);
  const loadSessions = useSessionStore((state) => state.loadSessions);
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const [creatingSession, setCreatingSession] = useState(false);
  const [importing, setImporting] = useState(false);
  const [showingNotes, setShowingNotes] = useState(false);
  const boardId = current?.board.meta.id;

  useEffect(() => {
    void loadBoards();
  }, [loadBoards]);

  useEffect(() => {
    if (boardId) void loadSessions(boardId);
  }, [boardId, loadSessions]);

  const item = current?.board.items.find((candidate) => candidate.id === selectedItemId);
  return (
    <div className="app">
      <Header
        onNewSession={() => setCreatingSession(true)}
        onImport={() => setImporting(true)}
        onShowSourceNotes={() => setShowingNotes(true)}
      />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {showingNotes && current && (
        <SourceNotesDialog warnings={current.warnings} onClose={() => setShowingNotes(false)} />
      )}
      <Notices />
      {!loaded && <p role="status">{t('app.loading')}</p>}
      {loaded && !current && <p>{t('boards.none')}</p>}
      {current && (
        <main className="workspace">
          <BoardGraph board={current.board} hash={current.hash} />
          <Agenda board={current.board} />
          <section className="detail" aria-live="polite">
            {creatingSession ? (
              <NewSessionForm boardId={current.board.meta.id} onDone={() => setCreatingSession(false)} />
            ) : item ? (
              <ItemDetail board={current.board} item={item} />
            ) : (
              <p>{t('item.selectPrompt')}</p>
            )}
          </section>
        </main>
      )}
    </div>
  );
}
