import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { EMPTY_OUTCOME, LONG_TEXT_MAX, OUTCOME_STATUSES, type OutcomeStatus } from '../../../shared/session/schema.ts';
import { ariaKeys, matchesShortcut } from '../shortcuts.ts';
import { type OutcomeDraft, usePreferences, useSessionStore, useTimer, useWalkthrough } from '../stores/index.ts';
import { DateField } from './DateField.tsx';
import { Field } from './Field.tsx';
import { ShortTextInput } from './ShortTextInput.tsx';
import { VoteTally } from './VoteTally.tsx';

const NO_VOTES: Record<string, string> = {};

function draftOf(outcome: OutcomeDraft | undefined): OutcomeDraft {
  const { status, chosenOption, rationale, owner, dueDate, reviewDate, checklist, notes } = outcome ?? EMPTY_OUTCOME;
  return { status, chosenOption, rationale, owner, dueDate, reviewDate, checklist, notes };
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
  const votes = useSessionStore((state) => state.outcomes[item.id]?.votes ?? NO_VOTES);
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
  const votes = useSessionStore((state) => state.outcomes[item.id]?.votes ?? NO_VOTES);
  const castVote = useSessionStore((state) => state.castVote);
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

/** The status field takes the keyboard when the walkthrough moves to an item. */
function useFocusFirstField(ref: RefObject<HTMLSelectElement | null>) {
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  useEffect(() => {
    if (focusRequest?.target === 'firstField' && ref.current && takeFocusRequest('firstField')) ref.current.focus();
  }, [focusRequest, ref, takeFocusRequest]);
}

export function OutcomeForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const stored = useSessionStore((state) => state.outcomes[item.id]);
  const recordOutcome = useSessionStore((state) => state.recordOutcome);
  const confirmOutcome = useSessionStore((state) => state.confirmOutcome);
  const setPendingDraft = useSessionStore((state) => state.setPendingDraft);
  const requestFocus = useWalkthrough((state) => state.requestFocus);
  const bookTime = useTimer((state) => state.book);
  const [draft, setDraft] = useState<OutcomeDraft>(() => draftOf(stored));
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [badDates, setBadDates] = useState<Record<string, boolean>>({});
  const form = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  useFocusFirstField(firstField);

  if (!session) return <p className="outcome-hint">{t('outcome.needsSession')}</p>;
  const readOnly = session.closedAt !== null;
  const datesOk = !Object.values(badDates).some(Boolean);

  const change = (patch: Partial<OutcomeDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setDirty(true);
    setPendingDraft({ itemId: item.id, changes: next });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || saving || !datesOk) return;
    setSaving(true);
    setPendingDraft(null);
    const saved = await recordOutcome(item.id, draft);
    setSaving(false);
    if (!saved) return;
    setDirty(false);
    // Saved: the keyboard goes on to the next item, not to the page body.
    requestFocus('next');
    void bookTime();
  };

  // A decision carried in from an earlier review can be confirmed as it stands; a new review date may come with it.
  const confirmable = stored?.carriedFrom != null && stored.status === 'decided';
  const onlyReviewDateTyped =
    !dirty ||
    JSON.stringify({ ...draft, reviewDate: null }) === JSON.stringify({ ...draftOf(stored), reviewDate: null });
  const confirm = async () => {
    if (!stored || saving || !datesOk) return;
    setSaving(true);
    setPendingDraft(null);
    const reviewDate = draft.reviewDate !== stored.reviewDate ? draft.reviewDate : undefined;
    const confirmed = await confirmOutcome(item.id, reviewDate);
    setSaving(false);
    if (!confirmed) return;
    setDraft(draftOf(confirmed));
    setDirty(false);
    requestFocus('next');
    void bookTime();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!matchesShortcut(event, 'saveOutcome')) return;
    event.preventDefault();
    form.current?.requestSubmit();
  };

  const dateField = (key: 'dueDate' | 'reviewDate') => (
    <DateField
      value={draft[key]}
      onChange={(iso) => change({ [key]: iso })}
      onValidity={(valid) => setBadDates((bad) => ({ ...bad, [key]: !valid }))}
    />
  );

  const savedAt = stored && !dirty ? new Date(stored.updatedAt).toLocaleTimeString(language) : null;
  return (
    <form
      ref={form}
      className="outcome-form"
      onSubmit={save}
      onKeyDown={onKeyDown}
      aria-labelledby="outcome-heading"
      aria-keyshortcuts={ariaKeys('saveOutcome')}
    >
      <h3 id="outcome-heading">{t('outcome.heading')}</h3>
      {readOnly && <p className="read-only-note">{t('outcome.readOnly')}</p>}
      <fieldset className="outcome-fields" disabled={readOnly}>
        <Field label={t('outcome.status')}>
          <select
            ref={firstField}
            value={draft.status}
            onChange={(event) => change({ status: event.target.value as OutcomeStatus })}
          >
            {OUTCOME_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        {item.options.length > 0 && (
          <ChosenOption
            item={item}
            value={draft.chosenOption}
            participants={session.participants}
            onChange={(chosenOption) => change({ chosenOption })}
          />
        )}
        <Field label={t('outcome.rationale')}>
          <textarea
            rows={4}
            maxLength={LONG_TEXT_MAX}
            value={draft.rationale}
            onChange={(event) => change({ rationale: event.target.value })}
          />
        </Field>
        <div className="outcome-row">
          <Field label={t('outcome.owner')}>
            <ShortTextInput value={draft.owner} onChange={(owner) => change({ owner })} />
          </Field>
          <Field label={t('outcome.dueDate')}>{dateField('dueDate')}</Field>
          <Field label={t('outcome.reviewDate')}>{dateField('reviewDate')}</Field>
        </div>
        {item.checklist.length > 0 && (
          <fieldset>
            <legend>{t('item.checklist')}</legend>
            {item.checklist.map((line, index) => (
              <label key={index} className="checklist-line">
                <input
                  type="checkbox"
                  checked={Boolean(draft.checklist[String(index)])}
                  onChange={(event) =>
                    change({ checklist: { ...draft.checklist, [String(index)]: event.target.checked } })
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
            value={draft.notes}
            onChange={(event) => change({ notes: event.target.value })}
          />
        </Field>
        <div className="outcome-actions">
          <button type="submit" disabled={saving || !dirty || !datesOk}>
            {saving ? t('outcome.saving') : t('outcome.save')}
          </button>
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
          {confirmable && stored.confirmedAt && !dirty && (
            <span className="confirmed-note">{t('register.confirmedHere')}</span>
          )}
          <span role="status" className="save-state">
            {dirty ? t('outcome.unsaved') : savedAt ? t('outcome.saved', { time: savedAt }) : ''}
          </span>
        </div>
      </fieldset>
    </form>
  );
}
