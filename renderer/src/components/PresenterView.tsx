import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Item } from '../../../shared/board/schema.ts';
import type { LiveTimer, PresenterState } from '../../../shared/live.ts';
import { clock, timeboxTone } from '../../../shared/timebox.ts';
import { useBoardStore, useLive, useNotices, usePreferences } from '../stores/index.ts';
import { ChainStrip } from './ChainStrip.tsx';
import { PresenterRoom } from './PresenterRoom.tsx';
import { RestartedNotice } from './RestartedNotice.tsx';
import { useNow } from './TimeBox.tsx';
import { VoteTally, votersOf } from './VoteTally.tsx';

/** The time box as the facilitator's screen shows it, counted on from when the state arrived. */
function PresenterTimer({ timer }: { timer: LiveTimer }) {
  const { t } = useTranslation();
  const receivedAt = useLive((state) => state.receivedAt);
  const now = useNow(timer.running);
  const spent = timer.spentSeconds + (timer.running ? Math.max(0, Math.floor((now - receivedAt) / 1000)) : 0);
  const left = timer.allottedSeconds - spent;
  const tone = timeboxTone(timer.allottedSeconds, spent);
  return (
    <div className={`presenter-timer tone-${tone}`} role="timer" aria-live="off" data-running={timer.running}>
      <span className="presenter-clock">{left >= 0 ? clock(left) : `+${clock(left)}`}</span>
      <span className="presenter-timer-note">
        {tone === 'red'
          ? t('timer.timeUp')
          : !timer.running
            ? t('timer.paused')
            : tone === 'amber'
              ? t('timer.almost')
              : ''}
      </span>
    </div>
  );
}

function PresenterItem({ item, state }: { item: Item; state: PresenterState }) {
  const { t } = useTranslation();
  const language = usePreferences((store) => store.language);
  const board = useBoardStore((store) => store.current?.board);
  const question = 'question' in item ? item.question : undefined;
  return (
    <article className="presenter-item" aria-labelledby="presenter-title" data-item-id={item.id}>
      <p className="presenter-kind">
        {t(`kinds.${item.kind}`)}
        {item.kind === 'risk' && ` · ${t(`severities.${item.severity}`)}`}
        {item.kind === 'open-question' && item.blocking && ` · ${t('item.blocking')}`}
        {state.status && state.status !== 'open' && ` · ${t(`statuses.${state.status}`)}`}
      </p>
      <h1 id="presenter-title">{item.title[language]}</h1>
      {question && <p className="presenter-question">{question[language]}</p>}
      {!question && item.summary && <p className="presenter-summary">{item.summary[language]}</p>}
      {item.options.length > 0 && (
        <ol className="presenter-options">
          {item.options.map((option) => {
            const count = votersOf(option.id, state.votes, state.participants).length;
            const share = state.participants.length > 0 ? count / state.participants.length : 0;
            return (
              <li key={option.id}>
                <span className="presenter-option-label">{option.label[language]}</span>
                {state.participants.length > 0 && (
                  <>
                    <span className="vote-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(share * 100)}%` }} />
                    </span>
                    <VoteTally option={option} votes={state.votes} participants={state.participants} />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {board && <ChainStrip board={board} item={item} />}
    </article>
  );
}

/** Follows the facilitator: opens the board version the room is on, in the language the room uses. */
function useFollow() {
  const follow = useLive((state) => state.follow);
  const followed = useLive((state) => state.followed);
  const openBoard = useBoardStore((state) => state.openBoard);
  const followLanguage = usePreferences((state) => state.followLanguage);
  useEffect(() => follow(), [follow]);
  useEffect(() => {
    if (followed?.boardId && followed.boardHash) void openBoard(followed.boardId, followed.boardHash);
  }, [followed?.boardId, followed?.boardHash, openBoard]);
  const language = followed?.language;
  useEffect(() => {
    if (language) followLanguage(language);
  }, [language, followLanguage]);
  return followed;
}

/** The room's screen: full screen, large type, high contrast; it shows, it is not worked in. */
export function PresenterView() {
  const { t } = useTranslation();
  const followed = useFollow();
  const restarted = useNotices((state) => state.restarted);
  const version = useBoardStore((state) => state.current);
  const board = version?.hash === followed?.boardHash ? version?.board : undefined;
  const item = board && followed?.itemId ? indexBoard(board).itemById.get(followed.itemId) : undefined;
  return (
    <div className="presenter" data-testid="presenter">
      {restarted && <RestartedNotice />}
      <header className="presenter-header">
        <span>{board?.meta.title[followed?.language ?? 'nl']}</span>
        {followed && followed.progress.total > 0 && (
          <span className="presenter-progress">
            {t('agenda.progress', {
              decided: followed.progress.decided,
              total: followed.progress.total,
              deferred: followed.progress.deferred,
            })}
          </span>
        )}
        {followed?.timer && <PresenterTimer timer={followed.timer} />}
        <button
          type="button"
          className="presenter-fullscreen"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          {t('presenter.fullScreen')}
        </button>
      </header>
      <main className="presenter-main">
        {item && followed ? (
          <PresenterItem item={item} state={followed} />
        ) : (
          <p className="presenter-waiting">{followed?.boardId ? t('presenter.noItem') : t('presenter.waiting')}</p>
        )}
        <PresenterRoom item={item} />
      </main>
    </div>
  );
}
