import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/text.ts';
import { formatDay } from '../dates.ts';
import { useBoardStore, usePreferences, useSessionStore, type DialogName } from '../stores/index.ts';
import { CommandButton } from './CommandButton.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ReadBackButton, ReadBackDialog } from './ReadBack.tsx';
import { isolate } from '../../../shared/text.ts';

export type { DialogName } from '../stores/index.ts';

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
      <label className="picker">
        <span className="picker-label">{t('boards.choose')}</span>
        <select value={currentBoard?.board.meta.id ?? ''} onChange={(event) => void openBoard(event.target.value)}>
          {boards.map((board) => (
            <option key={board.meta.id} value={board.meta.id}>
              {board.meta.title[language]}
            </option>
          ))}
        </select>
      </label>
      <label className="picker">
        <span className="picker-label">{t('sessions.choose')}</span>
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
              {isolate(session.title)} ({formatDay(session.date, language)})
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** Actions used now and then, behind one button so the header stays one line on a projector. */
function MoreMenu({ children }: { children: (close: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  const close = () => setOpen(false);
  return (
    <div
      className="more-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('toolbar.more')}
      </button>
      <div id={id} className="more-menu-list" hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}

export function Header({ onOpen }: { onOpen: (dialog: DialogName) => void }) {
  const { t } = useTranslation();
  const currentBoard = useBoardStore((state) => state.current);
  const session = useSessionStore((state) => state.current);

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
        <CommandButton id="openPlan">{t('commands.openPlan')}</CommandButton>
        <CommandButton id="undo">{t('toolbar.undo')}</CommandButton>
        <CommandButton id="redo">{t('toolbar.redo')}</CommandButton>
        <ExportDialog />
        <CommandButton id="presenter">{t('presenter.open')}</CommandButton>
        <CommandButton id="showShortcuts">{t('shortcuts.open')}</CommandButton>
        <MoreMenu>
          {(close) => {
            const item = (dialog: DialogName, label: string, disabled = false) => (
              <button
                type="button"
                disabled={disabled}
                onClick={() => {
                  close();
                  onOpen(dialog);
                }}
              >
                {label}
              </button>
            );
            return (
              <>
                {item('decisionLog', t('register.logButton'), !currentBoard)}
                {item('audit', t('toolbar.audit'), !session)}
                {item('compare', t('toolbar.compare'), !session)}
                {item('room', t('room.button'), !session || session.closedAt !== null)}
                {currentBoard &&
                  currentBoard.board.context.rules.length > 0 &&
                  item('decisionTree', t('decisionTree.button'))}
                {currentBoard &&
                  currentBoard.board.traceability.length > 0 &&
                  item('traceability', t('traceability.button'))}
                {currentBoard &&
                  currentBoard.warnings.length > 0 &&
                  item('sourceNotes', t('boards.warnings', { count: currentBoard.warnings.length }))}
                {item('import', t('import.button'))}
                {item('settings', t('toolbar.settings'))}
                <ReadBackButton onDone={close} />
              </>
            );
          }}
        </MoreMenu>
      </div>
      <LanguageSwitch />
      <ReadBackDialog />
    </header>
  );
}
