import './readBack.css';
import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/board/schema.ts';
import type { Outcome } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { formatDay } from '../dates.ts';
import { readBackOf, type ReadBackEntry } from '../readBack.ts';
import { useBoardStore, useOutcomes, usePreferences, useSessionStore } from '../stores/index.ts';
import { useReadBackScreen } from '../stores/readBackScreen.ts';

function EntryList({ heading, entries, language }: { heading: string; entries: ReadBackEntry[]; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="read-back-part" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="read-back-count">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p>{t('readBack.none')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.item.id} data-item-id={entry.item.id}>
              <span className="read-back-title">{entry.item.title[language]}</span>
              {entry.option && (
                <span className="read-back-option">
                  {' '}
                  — {t('readBack.option')}: {entry.option[language]}
                </span>
              )}
              {entry.rationale && <span className="read-back-rationale">{entry.rationale}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActionTable({ entries, language }: { entries: ReadBackEntry[]; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="read-back-part read-back-actions" aria-labelledby={id}>
      <h2 id={id}>
        {t('readBack.actions')} <span className="read-back-count">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p>{t('readBack.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('readBack.who')}</th>
              <th scope="col">{t('readBack.what')}</th>
              <th scope="col">{t('readBack.byWhen')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.item.id} data-item-id={entry.item.id}>
                <td>{entry.owner || t('presenter.noOwner')}</td>
                <td>
                  {entry.item.title[language]}
                  {entry.option && `: ${entry.option[language]}`}
                </td>
                <td>{entry.dueDate ? formatDay(entry.dueDate, language) : t('presenter.noDate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The meeting read back: decisions, deferred and escalated items, and who does what by when. */
export function ReadBackView({
  board,
  outcomes,
  language,
  headingId,
}: {
  board: Pick<Board, 'items'>;
  outcomes: Readonly<Record<string, Outcome>>;
  language: Language;
  headingId: string;
}) {
  const { t } = useTranslation();
  const readBack = readBackOf(board, outcomes);
  return (
    <article className="read-back" aria-labelledby={headingId} lang={language}>
      <h1 id={headingId}>{t('readBack.heading')}</h1>
      <p className="read-back-intro">{t('readBack.intro')}</p>
      <div className="read-back-columns">
        <EntryList heading={t('readBack.decisions')} entries={readBack.decisions} language={language} />
        <div>
          <EntryList heading={t('readBack.deferred')} entries={readBack.deferred} language={language} />
          <EntryList heading={t('readBack.escalated')} entries={readBack.escalated} language={language} />
        </div>
      </div>
      <ActionTable entries={readBack.actions} language={language} />
    </article>
  );
}

/** Print only the read-back: the rest of the page is hidden while the browser prints. */
function printReadBack() {
  document.body.classList.add('printing-read-back');
  const done = () => document.body.classList.remove('printing-read-back');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** The read-back on the facilitator's screen, shown on the room's screen too while open, and printable. */
export function ReadBackDialog() {
  const { t } = useTranslation();
  const open = useReadBackScreen((state) => state.open);
  const onProjector = useReadBackScreen((state) => state.onProjector);
  const setOnProjector = useReadBackScreen((state) => state.setOnProjector);
  const close = useReadBackScreen((state) => state.close);
  const board = useBoardStore((state) => state.current?.board);
  const session = useSessionStore((state) => state.current);
  const outcomes = useOutcomes((state) => state.outcomes);
  const language = usePreferences((state) => state.language);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  if (!open) return null;
  return createPortal(
    <dialog ref={dialog} className="read-back-dialog" aria-labelledby={headingId} onClose={close}>
      {board && session ? (
        <ReadBackView board={board} outcomes={outcomes} language={language} headingId={headingId} />
      ) : (
        <p id={headingId}>{t('readBack.noSession')}</p>
      )}
      <div className="dialog-actions read-back-actions-bar">
        <label>
          <input type="checkbox" checked={onProjector} onChange={(event) => setOnProjector(event.target.checked)} />{' '}
          {t('readBack.onProjector')}
        </label>
        <button type="button" onClick={printReadBack} disabled={!session}>
          {t('readBack.print')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('readBack.close')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}

/** The facilitator's way to the read-back (in the toolbar's More menu). */
export function ReadBackButton({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const show = useReadBackScreen((state) => state.show);
  const session = useSessionStore((state) => state.current);
  return (
    <button
      type="button"
      disabled={!session}
      onClick={() => {
        onDone();
        show();
      }}
    >
      {t('readBack.open')}
    </button>
  );
}
