import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Item } from '../../../shared/board/schema.ts';
import type { LiveTimer, PresenterState } from '../../../shared/live.ts';
import type { Language } from '../../../shared/text.ts';
import { clock, timeboxTone } from '../../../shared/timebox.ts';
import { formatDay } from '../dates.ts';
import { keepOwnPresenterLanguage, ownPresenterLanguage } from '../presenterPage.ts';
import { useBoardStore, usePresenterLink, useNotices, usePreferences, usePresenterData } from '../stores/index.ts';
import { ChainStrip } from './ChainStrip.tsx';
import { PresenterRoom } from './PresenterRoom.tsx';
import { ReadBackView } from './ReadBack.tsx';
import { RestartedNotice } from './RestartedNotice.tsx';
import { useNow } from './TimeBox.tsx';
import { VoteTally, votersOf } from './VoteTally.tsx';

/** While an item with a recorded outcome is shown, its outcome is read again this often (owner or date may follow). */
const RECORDED_REFRESH_MS = 4_000;
const LANGUAGES: Language[] = ['nl', 'en'];

/** The time box as the facilitator's screen shows it, counted on from when the state arrived. */
function PresenterTimer({ timer }: { timer: LiveTimer }) {
  const { t } = useTranslation();
  const receivedAt = usePresenterLink((state) => state.receivedAt);
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

/** Ahead of or behind the meeting's plan, when the facilitator's screen sends it (read tolerantly). */
function PlanStanding({ state }: { state: PresenterState }) {
  const { t } = useTranslation();
  const plan = (state as { plan?: { behindSeconds?: unknown } | null }).plan;
  const behind = plan?.behindSeconds;
  if (typeof behind !== 'number' || !Number.isFinite(behind)) return null;
  const minutes = Math.round(Math.abs(behind) / 60);
  const text =
    minutes === 0
      ? t('presenter.plan.onPlan')
      : behind > 0
        ? t('presenter.plan.behind', { minutes })
        : t('presenter.plan.ahead', { minutes });
  return <span className={`presenter-plan ${behind > 60 ? 'behind' : 'ahead'}`}>{text}</span>;
}

/** What was recorded for the item, for the room to read back before moving on. */
function PresenterRecorded({ item, state, language }: { item: Item; state: PresenterState; language: Language }) {
  const { t } = useTranslation();
  const outcome = usePresenterData((data) => data.outcomes[item.id]);
  if (!state.status || state.status === 'open' || !outcome || outcome.status !== state.status) return null;
  const option = item.options.find((candidate) => candidate.id === outcome.chosenOption);
  return (
    <section className="presenter-recorded" aria-labelledby="presenter-recorded-heading">
      <h2 id="presenter-recorded-heading">
        {t('presenter.recorded')}: {t(`statuses.${outcome.status}`)}
      </h2>
      <dl>
        {item.options.length > 0 && (
          <>
            <dt>{t('presenter.chosenOption')}</dt>
            <dd className="presenter-recorded-option">{option ? option.label[language] : t('presenter.noOption')}</dd>
          </>
        )}
        <dt>{t('presenter.owner')}</dt>
        <dd className="presenter-recorded-owner">{outcome.owner.trim() || t('presenter.noOwner')}</dd>
        <dt>{t('presenter.due')}</dt>
        <dd className="presenter-recorded-due">
          {outcome.dueDate ? formatDay(outcome.dueDate, language) : t('presenter.noDate')}
        </dd>
      </dl>
    </section>
  );
}

function PresenterItem({ item, state, language }: { item: Item; state: PresenterState; language: Language }) {
  const { t } = useTranslation();
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
      <PresenterRecorded item={item} state={state} language={language} />
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

/** Follows the facilitator: opens the board version the room is on, and reads the session's outcomes. */
function useFollow() {
  const follow = usePresenterLink((state) => state.follow);
  const followed = usePresenterLink((state) => state.followed);
  const receivedAt = usePresenterLink((state) => state.receivedAt);
  const openBoard = useBoardStore((state) => state.openBoard);
  const load = usePresenterData((state) => state.load);
  useEffect(() => follow(), [follow]);
  useEffect(() => {
    if (followed?.boardId && followed.boardHash) void openBoard(followed.boardId, followed.boardHash);
  }, [followed?.boardId, followed?.boardHash, openBoard]);
  const sessionId = followed?.sessionId;
  const recorded = followed?.status != null && followed.status !== 'open';
  useEffect(() => {
    if (!sessionId) return;
    void load(sessionId);
    if (!recorded) return;
    const refresh = setInterval(() => void load(sessionId), RECORDED_REFRESH_MS);
    return () => clearInterval(refresh);
  }, [sessionId, receivedAt, recorded, load]);
  return followed;
}

/**
 * The room's screen speaks the session's language (the facilitator's own screen may be in another),
 * unless a language was picked on this screen itself.
 */
function useScreenLanguage(followed: PresenterState | null) {
  const [own, setOwn] = useState(ownPresenterLanguage);
  const sessionLanguage = usePresenterData((state) => state.sessionLanguage);
  const followLanguage = usePreferences((state) => state.followLanguage);
  const shown = own ?? (followed?.sessionId ? sessionLanguage : null) ?? followed?.language ?? null;
  useEffect(() => {
    if (shown) followLanguage(shown);
  }, [shown, followLanguage]);
  const choose = (language: Language) => {
    keepOwnPresenterLanguage(language);
    setOwn(language);
  };
  return { language: shown ?? usePreferences.getState().language, choose };
}

function LanguageToggle({ language, choose }: { language: Language; choose: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <div className="presenter-language" role="group" aria-label={t('presenter.screenLanguage')}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} onClick={() => choose(code)}>
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

const MIN_FONT_PX = 16;
const maxFontPx = () => Math.min(40, Math.max(20, window.innerWidth * 0.022));

/**
 * The largest type (between 16 px and the screen's own size) at which the whole page fits the
 * screen's height: the room never misses the bottom of what is shown. Fitted when the content
 * changes, never as the clock ticks, so nothing moves meanwhile.
 */
function useFitToScreen(root: RefObject<HTMLElement | null>, content: string) {
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const fit = () => {
      const fits = (size: number) => {
        element.style.fontSize = `${size}px`;
        return element.scrollHeight <= window.innerHeight;
      };
      let [low, high] = [MIN_FONT_PX, maxFontPx()];
      if (fits(high)) return;
      while (high - low > 0.5) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      fits(low);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [root, content]);
}

function NoKeyNotice() {
  const { t } = useTranslation();
  return (
    <div className="restarted-notice" role="alert" aria-labelledby="no-key-heading">
      <h2 id="no-key-heading">{t('presenter.noToken.heading')}</h2>
      <p>{t('presenter.noToken.explain')}</p>
      <p>{t('presenter.noToken.howToOpen')}</p>
    </div>
  );
}

/** The room's screen: full screen, large type, high contrast; it shows, it is not worked in. */
export function PresenterView() {
  const { t } = useTranslation();
  const hasKey = usePresenterData((state) => state.hasKey);
  const followed = useFollow();
  const restarted = useNotices((state) => state.restarted);
  const version = useBoardStore((state) => state.current);
  const outcomes = usePresenterData((state) => state.outcomes);
  const { language, choose } = useScreenLanguage(followed);
  const root = useRef<HTMLDivElement>(null);
  const readBackId = useId();
  const board = version?.hash === followed?.boardHash ? version?.board : undefined;
  const item = board && followed?.itemId ? indexBoard(board).itemById.get(followed.itemId) : undefined;
  const readBack = (followed as { screen?: unknown } | null)?.screen === 'readBack';
  // The content without the clock: the type is fitted again when what is shown changes, not as time passes.
  const content = followed
    ? { ...followed, timer: followed.timer ? { ...followed.timer, spentSeconds: 0 } : null }
    : null;
  useFitToScreen(root, JSON.stringify([content, item?.id, language, readBack, outcomes, board !== undefined]));
  return (
    <div className="presenter" data-testid="presenter" ref={root}>
      {!hasKey ? <NoKeyNotice /> : restarted && <RestartedNotice />}
      <header className="presenter-header">
        <span className="presenter-board">{board?.meta.title[language]}</span>
        {followed && followed.progress.total > 0 && (
          <span className="presenter-progress">
            {t('agenda.progress', {
              decided: followed.progress.decided,
              total: followed.progress.total,
              deferred: followed.progress.deferred,
            })}
          </span>
        )}
        {followed && <PlanStanding state={followed} />}
        {followed?.timer && !readBack && <PresenterTimer timer={followed.timer} />}
        <LanguageToggle language={language} choose={choose} />
        <button
          type="button"
          className="presenter-fullscreen"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          {t('presenter.fullScreen')}
        </button>
      </header>
      <main className="presenter-main">
        {readBack && board ? (
          <ReadBackView board={board} outcomes={outcomes} language={language} headingId={readBackId} />
        ) : item && followed ? (
          <PresenterItem item={item} state={followed} language={language} />
        ) : (
          <p className="presenter-waiting">{followed?.boardId ? t('presenter.noItem') : t('presenter.waiting')}</p>
        )}
        <PresenterRoom item={item} />
      </main>
    </div>
  );
}
