import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { useBoardStore, useDialogs, useNotices, useSessionStore, useWalkthrough } from '../stores/index.ts';
import { useCommandKeys, useMenuCommands } from '../commands/useCommandKeys.ts';
import { Agenda } from './Agenda.tsx';
import { AuditDialog } from './AuditDialog.tsx';
import { BoardGraph } from './BoardGraph.tsx';
import { CompareDialog } from './CompareDialog.tsx';
import { DecisionTreeDialog } from './DecisionTreeDialog.tsx';
import { DueReviews } from './DueReviews.tsx';
import { Header } from './Header.tsx';
import { PlanDialog } from './PlanDialog.tsx';
import { DecisionLog } from './DecisionLog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ItemDetail } from './ItemDetail.tsx';
import { LivePublisher } from './LivePublisher.tsx';
import { RoomDialog } from './RoomDialog.tsx';
import { NewSessionForm } from './NewSessionForm.tsx';
import { RescuedNotice } from './RescuedNotice.tsx';
import { RestartedNotice } from './RestartedNotice.tsx';
import { SessionsDialog } from './SessionsDialog.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { SourceNotesDialog } from './SourceNotesDialog.tsx';
import { TraceabilityDialog } from './TraceabilityDialog.tsx';
import { WalkBar } from './WalkBar.tsx';
import { isolate } from '../../../shared/text.ts';
import { errorText } from '../errorText.ts';
import { useSelectionOfShown } from '../useSelectionOfShown.ts';
import { useDetailsAfterGraph } from '../useDetailsAfterGraph.ts';

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
          {t('app.error', { message: isolate(errorText(t, error)) })}
          <button type="button" onClick={dismiss}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}

function ClosedBanner() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const reopenSession = useSessionStore((state) => state.reopenSession);
  if (!session?.closedAt) return null;
  return (
    <div className="closed-banner">
      {t('toolbar.closedBanner')}{' '}
      <button type="button" onClick={() => void reopenSession(session.id)}>
        {t('toolbar.reopen')}
      </button>
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const loaded = useBoardStore((state) => state.loaded);
  const current = useBoardStore((state) => state.current);
  const loadBoards = useBoardStore((state) => state.loadBoards);
  const loadSessions = useSessionStore((state) => state.loadSessions);
  const selectedItemId = useWalkthrough((state) => state.selectedItemId);
  const graphLarge = useWalkthrough((state) => state.graphLarge);
  const restarted = useNotices((state) => state.restarted);
  const dialog = useDialogs((state) => state.open);
  const setDialog = useDialogs((state) => state.show);
  const closeDialog = useDialogs((state) => state.close);
  const boardId = current?.board.meta.id;
  useCommandKeys();
  useMenuCommands();

  useEffect(() => {
    void loadBoards();
  }, [loadBoards]);

  useEffect(() => {
    if (boardId) void loadSessions(boardId);
  }, [boardId, loadSessions]);

  // Another board is drawn in a render React can pause between frames, not in one long task.
  const shown = useDeferredValue(current);
  const shownItemId = useSelectionOfShown(shown, current, selectedItemId);
  const detailItemId = useDetailsAfterGraph(shownItemId);
  const item = shown && detailItemId ? indexBoard(shown.board).itemById.get(detailItemId) : undefined;
  return (
    <>
      {restarted && <RestartedNotice />}
      {/* Once the app behind this tab was restarted, nothing here can be used until it is opened again. */}
      <div className="app" inert={restarted}>
        <Header onOpen={setDialog} />
        <Notices />
        <RescuedNotice />
        <ClosedBanner />
        <DueReviews />
        {!restarted && <LivePublisher />}
        {dialog === 'import' && <ImportDialog onClose={closeDialog} />}
        {dialog === 'sessions' && <SessionsDialog onClose={closeDialog} />}
        {dialog === 'audit' && <AuditDialog onClose={closeDialog} />}
        {dialog === 'compare' && <CompareDialog onClose={closeDialog} />}
        {dialog === 'settings' && <SettingsDialog onClose={closeDialog} />}
        {dialog === 'decisionTree' && <DecisionTreeDialog onClose={closeDialog} />}
        {dialog === 'traceability' && <TraceabilityDialog onClose={closeDialog} />}
        {dialog === 'shortcuts' && <ShortcutSheet onClose={closeDialog} />}
        {dialog === 'room' && <RoomDialog onClose={closeDialog} />}
        {dialog === 'plan' && current && <PlanDialog board={current.board} onClose={closeDialog} />}
        {dialog === 'decisionLog' && <DecisionLog onClose={closeDialog} />}
        {dialog === 'sourceNotes' && current && <SourceNotesDialog warnings={current.warnings} onClose={closeDialog} />}
        {!loaded && <p role="status">{t('app.loading')}</p>}
        {loaded && !current && !restarted && <p>{t('boards.none')}</p>}
        {shown && (
          <main className={`workspace${graphLarge ? ' graph-large' : ''}`}>
            <BoardGraph board={shown.board} hash={shown.hash} itemId={shownItemId} />
            <Agenda board={shown.board} />
            <section className="detail" aria-label={t('walk.detail')}>
              <WalkBar item={dialog === 'newSession' ? undefined : item} />
              <div aria-live="polite">
                {dialog === 'newSession' ? (
                  <NewSessionForm boardId={shown.board.meta.id} onDone={closeDialog} />
                ) : item ? (
                  <ItemDetail board={shown.board} item={item} />
                ) : (
                  <p>{t('item.selectPrompt')}</p>
                )}
              </div>
            </section>
          </main>
        )}
      </div>
    </>
  );
}
