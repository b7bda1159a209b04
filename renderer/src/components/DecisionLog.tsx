import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import {
  decisionNumber,
  filterRegister,
  REGISTER_STATES,
  type RegisterEntry,
  type RegisterLine,
  type RegisterState,
} from '../../../shared/session/register.ts';
import { isolate } from '../../../shared/text.ts';
import { formatDay, formatMoment } from '../dates.ts';
import { saveFile } from '../files.ts';
import { useBoardStore, usePreferences, useRegisterStore } from '../stores/index.ts';
import { DateField } from './DateField.tsx';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

function useOptionLabel() {
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  const items = useMemo(() => (board ? indexBoard(board).itemById : undefined), [board]);
  return {
    title: (itemId: string) => items?.get(itemId)?.title[language] ?? itemId,
    option: (itemId: string, optionId: string | null) =>
      optionId === null
        ? '—'
        : (items?.get(itemId)?.options.find((option) => option.id === optionId)?.label[language] ?? optionId),
  };
}

/** One session's line in a decision's timeline: when, where, what happened, who. */
function TimelineLine({ line }: { line: RegisterLine }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const labels = useOptionLabel();
  const what =
    line.kind === 'reversed'
      ? t('register.madrReversed', {
          from: isolate(labels.option(line.itemId, line.previousOption)),
          to: isolate(labels.option(line.itemId, line.option)),
        })
      : t(`register.kinds.${line.kind}`);
  const changed = line.kind === 'changed' ? line.changes.map((change) => t(`compare.fields.${change.field}`)) : [];
  return (
    <li data-kind={line.kind}>
      <span className="timeline-when">{formatDay(line.session.date, language)}</span>{' '}
      <span className="timeline-session">{line.session.title}</span>: <strong>{what}</strong>
      {changed.length > 0 && ` (${changed.join(', ')})`} · {line.actor} · {formatMoment(line.at, language)}
    </li>
  );
}

function EntryRow({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const labels = useOptionLabel();
  return (
    <li className="register-entry" data-number={entry.number} data-state={entry.state}>
      <div className="register-head">
        <span className="register-number">ADR-{decisionNumber(entry.number)}</span>{' '}
        <strong>{labels.title(entry.itemId)}</strong>
        {entry.option && <span className="register-option"> · {labels.option(entry.itemId, entry.option)}</span>}
      </div>
      <dl className="register-facts">
        <dt>{t('register.state')}</dt>
        <dd>
          {t(`register.states.${entry.state}`)}
          {entry.supersededBy !== null && ` (ADR-${decisionNumber(entry.supersededBy)})`}
          {entry.supersedes !== null &&
            ` · ${t('register.supersedesShort', { number: decisionNumber(entry.supersedes) })}`}
        </dd>
        <dt>{t('register.lastReview')}</dt>
        <dd>{entry.lastReview ? `${entry.lastReview.title} (${formatDay(entry.lastReview.date, language)})` : '—'}</dd>
        <dt>{t('register.nextReview')}</dt>
        <dd>{entry.nextReviewDate ? formatDay(entry.nextReviewDate, language) : '—'}</dd>
      </dl>
      <ol className="register-timeline" aria-label={t('register.history')}>
        {entry.history.map((line) => (
          <TimelineLine key={line.session.sessionId} line={line} />
        ))}
      </ol>
    </li>
  );
}

/** The decision log of a board: every decision with its number, state, reviews and its timeline across sessions. */
export function DecisionLog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  const entries = useRegisterStore((state) => state.entries);
  const loadedFor = useRegisterStore((state) => state.boardId);
  const load = useRegisterStore((state) => state.load);
  const calendar = useRegisterStore((state) => state.calendar);
  const [state, setState] = useState<RegisterState | ''>('');
  const [dueBy, setDueBy] = useState<string | null>(null);
  const boardId = board?.meta.id;

  useEffect(() => {
    if (boardId) void load(boardId);
  }, [boardId, load]);

  const shown =
    loadedFor === boardId ? filterRegister(entries, { state: state || undefined, dueBy: dueBy ?? undefined }) : [];
  const saveCalendar = async () => {
    if (!boardId) return;
    const file = await calendar(boardId, language);
    if (file) saveFile(file.fileName, file.mimeType, file.base64);
  };

  return (
    <Modal title={t('register.logHeading', { board: isolate(board?.meta.title[language] ?? '') })} onClose={onClose}>
      <div className="outcome-row register-filters">
        <Field label={t('register.filterState')}>
          <select value={state} onChange={(event) => setState(event.target.value as RegisterState | '')}>
            <option value="">{t('register.allStates')}</option>
            {REGISTER_STATES.map((name) => (
              <option key={name} value={name}>
                {t(`register.states.${name}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('register.dueBy')}>
          <DateField value={dueBy} onChange={setDueBy} />
        </Field>
        <button type="button" onClick={() => void saveCalendar()}>
          {t('register.calendar')}
        </button>
      </div>
      <p role="status">{t('register.count', { count: shown.length })}</p>
      {shown.length === 0 ? (
        <p>{t('register.empty')}</p>
      ) : (
        <ol className="register-list">
          {shown.map((entry) => (
            <EntryRow key={entry.number} entry={entry} />
          ))}
        </ol>
      )}
    </Modal>
  );
}
