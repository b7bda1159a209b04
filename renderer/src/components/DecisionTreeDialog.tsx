import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicableRules, type ContextChoice } from '../../../shared/board/context.ts';
import { useBoardStore, usePreferences } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';

/** The board's decision-tree inputs: choose the context, see which recommendations follow and why. */
export function DecisionTreeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  const [choice, setChoice] = useState<ContextChoice>({});
  if (!board) return null;
  const rules = applicableRules(board.context.rules, choice);
  return (
    <Modal title={t('decisionTree.heading')} onClose={onClose}>
      <div className="context-grid">
        {board.context.variables.map((variable) => (
          <Field key={variable.id} label={variable.label[language]}>
            <select
              value={choice[variable.id] ?? ''}
              onChange={(event) => setChoice({ ...choice, [variable.id]: event.target.value || undefined })}
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
      <h3>{t('decisionTree.recommendations', { count: rules.length })}</h3>
      {rules.length === 0 && <p>{t('decisionTree.none')}</p>}
      <ul className="recommendation-list">
        {rules.map((rule) => (
          <li key={rule.id} data-rule-id={rule.id}>
            <strong>{rule.recommend[language]}</strong>
            <p>{rule.rationale[language]}</p>
            {rule.alternatives.length > 0 && (
              <p>
                {t('item.alternatives')}: {rule.alternatives.map((alternative) => alternative[language]).join('; ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
