import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { draftFieldsOf, type DraftFields } from '../../../shared/meeting/draft.ts';
import { LONG_TEXT_MAX, OUTCOME_STATUSES, type OutcomeStatus } from '../../../shared/session/schema.ts';
import { ariaKeys, matchesCommand } from '../commands/table.ts';
import { useDrafts, useOutcomes, usePreferences, useSessionStore, useTimer, useWalkthrough } from '../stores/index.ts';
import { DateField } from './DateField.tsx';
import { Field } from './Field.tsx';
import { ShortTextInput } from './ShortTextInput.tsx';
import { VoteTally } from './VoteTally.tsx';

const NO_VOTES: Record<string, string> = {};

/**
 * The status as a row of radio buttons: no type-ahead, so a letter pressed here is a shortcut and
 * never picks a status by accident; the arrow keys move between them.
 */
function StatusChoice({ value, onChange }: { value: OutcomeStatus; onChange: (status: OutcomeStatus) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="status-choice">
      <legend>{t('outcome.status')}</legend>
      {OUTCOME_STATUSES.map((status) => (
        <label key={status} className="status-option">
          <input
            type="radio"
            name={name}
            value={status}
            checked={value === status}
            data-first-field={value === status ? '' : undefined}
            onChange={() => onChange(status)}
          />
          <span>{t(`statuses.${status}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The chosen option as radio buttons, so a long label wraps instead of widening the form; beside
 * each, how many voted for it and who.
 */
function ChosenOption({
  item,
  value,
  participants,
  onChange,
}: {
  item: Item;
  value: string | null;
  participants: string[];
  onChange: (optionId: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const votes = useOutcomes((state) => state.outcomes[item.id]?.votes ?? NO_VOTES);
  const name = useId();
  return (
    <fieldset className="chosen-option">
      <legend>{t('outcome.chosenOption')}</legend>
      <label className="option-choice">
        <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
        <span>{t('outcome.noOption')}</span>
      </label>
      {item.options.map((option) => (
        <label key={option.id} className="option-choice">
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          <span>
            {option.label[language]}
            {participants.length > 0 && (
              <>
                {' '}
                <VoteTally option={option} votes={votes} participants={participants} />
              </>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** One of an item's options, or none; `id` comes from the surrounding Field. */
function OptionSelect({
  item,
  value,
  emptyLabel,
  onChange,
  id,
}: {
  item: Item;
  value: string | null;
  emptyLabel: string;
  onChange: (optionId: string | null) => void;
  id?: string;
}) {
  const language = usePreferences((state) => state.language);
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">{emptyLabel}</option>
      {item.options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label[language]}
        </option>
      ))}
    </select>
  );
}

/** Each vote is saved the moment it is cast, in the name of the participant who cast it. */
function Votes({ item, participants }: { item: Item; participants: string[] }) {
  const { t } = useTranslation();
  const votes = useOutcomes((state) => state.outcomes[item.id]?.votes ?? NO_VOTES);
  const castVote = useOutcomes((state) => state.castVote);
  if (item.options.length === 0 || participants.length === 0) return null;
  return (
    <fieldset className="votes">
      <legend>{t('outcome.votes')}</legend>
      {participants.map((participant) => (
        <Field key={participant} label={participant}>
          <OptionSelect
            item={item}
            value={votes[participant] ?? null}
            emptyLabel={t('outcome.noVote')}
            onChange={(optionId) => void castVote(item.id, participant, optionId)}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** Asked for (O), the keyboard goes to the status chosen now, without scrolling the item away. */
function useFocusFirstField(form: RefObject<HTMLFormElement | null>) {
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  useEffect(() => {
    const first = form.current?.querySelector<HTMLElement>('[data-first-field]');
    if (focusRequest?.target === 'firstField' && first && takeFocusRequest('firstField'))
      first.focus({ preventScroll: true });
  }, [focusRequest, form, takeFocusRequest]);
}

/** The draft's state in words: being kept, kept and not recorded, or recorded at a time. */
function SaveState({ itemId, recordedAt }: { itemId: string; recordedAt: string | null }) {
  const { t } = useTranslation();
  const hasDraft = useDrafts((state) => state.drafts[itemId] !== undefined);
  const unsaved = useDrafts((state) => state.unsaved[itemId] === true);
  const text = unsaved
    ? t('draft.keeping')
    : hasDraft
      ? t('draft.kept')
      : recordedAt
        ? t('outcome.saved', { time: recordedAt })
        : '';
  return (
    <span role="status" className={`save-state${hasDraft ? ' has-draft' : ''}`} data-testid="draft-state">
      {text}
    </span>
  );
}

export function OutcomeForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const stored = useOutcomes((state) => state.outcomes[item.id]);
  const recordOutcome = useOutcomes((state) => state.recordOutcome);
  const confirmOutcome = useOutcomes((state) => state.confirmOutcome);
  const draft = useDrafts((state) => state.drafts[item.id]);
  const editDraft = useDrafts((state) => state.edit);
  const flushDrafts = useDrafts((state) => state.flush);
  const takeDraft = useDrafts((state) => state.take);
  const draftRecorded = useDrafts((state) => state.recorded);
  const discardDraft = useDrafts((state) => state.discard);
  const requestFocus = useWalkthrough((state) => state.requestFocus);
  const bookTime = useTimer((state) => state.book);
  const [saving, setSaving] = useState(false);
  const [badDates, setBadDates] = useState<Record<string, boolean>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);

  if (!session) return <p className="outcome-hint">{t('outcome.needsSession')}</p>;
  const readOnly = session.closedAt !== null;
  const datesOk = !Object.values(badDates).some(Boolean);
  const fields: DraftFields = draft ?? draftFieldsOf(stored);
  const hasDraft = draft !== undefined;

  const change = (patch: Partial<DraftFields>) => editDraft(item.id, { ...fields, ...patch });

  // Recording is the one way a draft becomes the outcome: only on the facilitator's word (button or Ctrl+Enter).
  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasDraft || saving || !datesOk) return;
    setSaving(true);
    const toRecord = (await takeDraft(item.id)) ?? fields;
    const saved = await recordOutcome(item.id, toRecord);
    setSaving(false);
    if (!saved) return;
    draftRecorded(item.id);
    // Recorded: the keyboard goes on to the next item, not to the page body.
    requestFocus('next');
    void bookTime();
  };

  // A decision carried in from an earlier review can be confirmed as it stands; a new review date may come with it.
  const confirmable = stored?.carriedFrom != null && stored.status === 'decided';
  const onlyReviewDateTyped =
    !hasDraft ||
    JSON.stringify({ ...fields, reviewDate: null }) === JSON.stringify({ ...draftFieldsOf(stored), reviewDate: null });
  const confirm = async () => {
    if (!stored || saving || !datesOk) return;
    setSaving(true);
    const reviewDate = fields.reviewDate !== stored.reviewDate ? fields.reviewDate : undefined;
    const confirmed = await confirmOutcome(item.id, reviewDate);
    setSaving(false);
    if (!confirmed) return;
    // Confirmed, the draft (at most a new review date) has become the outcome.
    draftRecorded(item.id);
    requestFocus('next');
    void bookTime();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!matchesCommand(event, 'saveOutcome')) return;
    event.preventDefault();
    form.current?.requestSubmit();
  };

  const dateField = (key: 'dueDate' | 'reviewDate') => (
    <DateField
      value={fields[key]}
      onChange={(iso) => change({ [key]: iso })}
      onValidity={(valid) => setBadDates((bad) => ({ ...bad, [key]: !valid }))}
    />
  );

  const recordedAt = stored ? new Date(stored.updatedAt).toLocaleTimeString(language) : null;
  const moreUsed =
    fields.reviewDate !== null ||
    fields.notes !== '' ||
    Object.values(fields.checklist).some(Boolean) ||
    Object.keys(stored?.votes ?? {}).length > 0;
  return (
    <form
      ref={form}
      className={`outcome-form${hasDraft ? ' has-draft' : ''}`}
      onSubmit={record}
      onKeyDown={onKeyDown}
      onBlur={() => void flushDrafts()}
      aria-labelledby="outcome-heading"
      aria-keyshortcuts={ariaKeys('saveOutcome')}
    >
      <h3 id="outcome-heading">
        {t('outcome.heading')}
        {hasDraft && <span className="draft-badge">{t('draft.badge')}</span>}
      </h3>
      {readOnly && <p className="read-only-note">{t('outcome.readOnly')}</p>}
      <fieldset className="outcome-fields" disabled={readOnly}>
        <StatusChoice value={fields.status} onChange={(status) => change({ status })} />
        {item.options.length > 0 && (
          <ChosenOption
            item={item}
            value={fields.chosenOption}
            participants={session.participants}
            onChange={(chosenOption) => change({ chosenOption })}
          />
        )}
        <Field label={t('outcome.rationale')}>
          <textarea
            rows={2}
            maxLength={LONG_TEXT_MAX}
            value={fields.rationale}
            onChange={(event) => change({ rationale: event.target.value })}
          />
        </Field>
        <div className="outcome-row">
          <Field label={t('outcome.owner')}>
            <ShortTextInput value={fields.owner} onChange={(owner) => change({ owner })} />
          </Field>
          <Field label={t('outcome.dueDate')}>{dateField('dueDate')}</Field>
        </div>
        <div className="outcome-actions">
          <button type="submit" disabled={saving || !hasDraft || !datesOk}>
            {saving ? t('outcome.saving') : t('outcome.save')}
          </button>
          {hasDraft && (
            <button type="button" onClick={() => void discardDraft(item.id)}>
              {t('commands.discardDraft')}
            </button>
          )}
          {confirmable && (
            <button
              type="button"
              className="confirm-unchanged"
              disabled={saving || !datesOk || !onlyReviewDateTyped}
              onClick={() => void confirm()}
            >
              {t('register.confirmUnchanged')}
            </button>
          )}
          {confirmable && stored.confirmedAt && !hasDraft && (
            <span className="confirmed-note">{t('register.confirmedHere')}</span>
          )}
          <SaveState itemId={item.id} recordedAt={recordedAt} />
        </div>
        <details className="outcome-more" open={moreUsed || undefined}>
          <summary>{t('draft.moreFields')}</summary>
          <Field label={t('outcome.reviewDate')}>{dateField('reviewDate')}</Field>
          {item.checklist.length > 0 && (
            <fieldset>
              <legend>{t('item.checklist')}</legend>
              {item.checklist.map((line, index) => (
                <label key={index} className="checklist-line">
                  <input
                    type="checkbox"
                    checked={Boolean(fields.checklist[String(index)])}
                    onChange={(event) =>
                      change({ checklist: { ...fields.checklist, [String(index)]: event.target.checked } })
                    }
                  />
                  {line[language]}
                </label>
              ))}
            </fieldset>
          )}
          <Votes item={item} participants={session.participants} />
          <Field label={t('outcome.notes')}>
            <textarea
              rows={3}
              maxLength={LONG_TEXT_MAX}
              value={fields.notes}
              onChange={(event) => change({ notes: event.target.value })}
            />
          </Field>
        </details>
      </fieldset>
    </form>
  );
}
