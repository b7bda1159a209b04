import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationsFor, type ContextChoice } from '../../../shared/board/context.ts';
import { useBoardStore, usePreferences, useSessionSettings, useSessionStore } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

const NO_CHOICE: ContextChoice = {};

/**
 * The board's decision-tree inputs: choose the context, see which recommendations follow and why.
 * With a session open, the context chosen is kept with it (and the report prints it).
 */
export function DecisionTreeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  const session = useSessionStore((state) => state.current);
  const saved = useSessionSettings((state) => state.settings.decisionContext ?? NO_CHOICE);
  const saveSetting = useSessionSettings((state) => state.saveSetting);
  const keeps = session !== null && session.closedAt === null;
  const [unsaved, setUnsaved] = useState<ContextChoice>(NO_CHOICE);
  const choice = session ? saved : unsaved;
  if (!board) return null;

  const choose = (variableId: string, valueId: string) => {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...choice, [variableId]: valueId || undefined }))
      if (value) next[key] = value;
    if (keeps) void saveSetting({ key: 'decisionContext', value: next });
    else setUnsaved(next);
  };

  const recommendations = recommendationsFor(board.context.rules, choice);
  return (
    <Modal title={t('decisionTree.heading')} onClose={onClose}>
      <p className="dialog-note">
        {keeps ? t('decisionTree.keptWithSession') : session ? t('outcome.readOnly') : t('decisionTree.notKept')}
      </p>
      <div className="context-grid">
        {board.context.variables.map((variable) => (
          <Field key={variable.id} label={variable.label[language]}>
            <select
              value={choice[variable.id] ?? ''}
              disabled={session !== null && !keeps}
              onChange={(event) => choose(variable.id, event.target.value)}
            >
              <option value="">{t('decisionTree.unknown')}</option>
              {variable.values.map((value) => (
                <option key={value.id} value={value.id}>
                  {value.label[language]}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
      <h3>{t('decisionTree.recommendations', { count: recommendations.length })}</h3>
      {recommendations.length === 0 && <p>{t('decisionTree.none')}</p>}
      <ul className="recommendation-list">
        {recommendations.map((recommendation) => (
          <li key={recommendation.ruleIds.join(' ')} data-rule-id={recommendation.ruleIds.join(' ')}>
            <strong>{recommendation.recommend[language]}</strong>
            {recommendation.rationales.map((rationale, index) => (
              <p key={index}>{rationale[language]}</p>
            ))}
            {recommendation.alternatives.length > 0 && (
              <p>
                {t('item.alternatives')}:{' '}
                {recommendation.alternatives.map((alternative) => alternative[language]).join('; ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
