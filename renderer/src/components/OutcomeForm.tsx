import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';
import type { Item } from '../../../shared/board/schema.ts';
import {
  EMPTY_OUTCOME,
  OUTCOME_STATUSES,
  type OutcomeFields,
  type OutcomeStatus,
} from '../../../shared/session/schema.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useSessionStore } from '../stores/session.ts';

type Draft = Pick<OutcomeFields, 'status' | 'chosenOption' | 'rationale' | 'owner' | 'dueDate' | 'checklist'>;

function draftOf(outcome: OutcomeFields | undefined): Draft {
  const source = outcome ?? EMPTY_OUTCOME;
  return {
    status: source.status,
    chosenOption: source.chosenOption,
    rationale: source.rationale,
    owner: source.owner,
    dueDate: source.dueDate,
    checklist: source.checklist,
  };
}

export function OutcomeForm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const stored = useSessionStore((state) => state.outcomes[item.id]);
  const recordOutcome = useSessionStore((state) => state.recordOutcome);
  const [draft, setDraft] = useState<Draft>(() => draftOf(stored));
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);

  if (!session) return <p className="outcome-hint">{t('outcome.needsSession')}</p>;

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const saved = await recordOutcome(item.id, draft);
    setSaving(false);
    if (saved) setDirty(false);
  };

  const savedAt = stored && !dirty ? new Date(stored.updatedAt).toLocaleTimeString(language) : null;
  return (
    <form className="outcome-form" onSubmit={save} aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('outcome.heading')}</h3>
      <Field label={t('outcome.status')}>
        <select value={draft.status} onChange={(event) => change({ status: event.target.value as OutcomeStatus })}>
          {OUTCOME_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </Field>
      {item.options.length > 0 && (
        <Field label={t('outcome.chosenOption')}>
          <select
            value={draft.chosenOption ?? ''}
            onChange={(event) => change({ chosenOption: event.target.value || null })}
          >
            <option value="">{t('outcome.noOption')}</option>
            {item.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label[language]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('outcome.rationale')}>
        <textarea rows={4} value={draft.rationale} onChange={(event) => change({ rationale: event.target.value })} />
      </Field>
      <div className="outcome-row">
        <Field label={t('outcome.owner')}>
          <input value={draft.owner} onChange={(event) => change({ owner: event.target.value })} />
        </Field>
        <Field label={t('outcome.dueDate')}>
          <input
            type="date"
            value={draft.dueDate ?? ''}
            onChange={(event) => change({ dueDate: event.target.value || null })}
          />
        </Field>
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
      <div className="outcome-actions">
        <button type="submit" disabled={saving || !dirty}>
          {saving ? t('outcome.saving') : t('outcome.save')}
        </button>
        <span role="status" className="save-state">
          {dirty ? t('outcome.unsaved') : savedAt ? t('outcome.saved', { time: savedAt }) : ''}
        </span>
      </div>
    </form>
  );
}
