import { useTranslation } from 'react-i18next';
import type { Board, Item } from '../../../shared/board/schema.ts';
import { usePreferences } from '../stores/preferences.ts';

/** What only some kinds of item have: severity, question number, "use X unless Y", priority band. */
export function ItemFacts({ board, item }: { board: Board; item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  switch (item.kind) {
    case 'conflict':
      return <p className="item-fact">{t(`conflictGroups.${item.group}`)}</p>;
    case 'risk':
      return (
        <p className="item-fact">
          {t('item.severity')}: <strong>{t(`severities.${item.severity}`)}</strong>
        </p>
      );
    case 'open-question':
      return (
        <>
          <p className="item-fact">
            {t('item.number', { number: item.number })}
            {item.blocking && <strong className="blocking"> · {t('item.blocking')}</strong>}
          </p>
          {item.criteria.length > 0 && (
            <div className="item-section">
              <h4>{t('item.criteria')}</h4>
              <ul>
                {item.criteria.map((criterion, index) => (
                  <li key={index}>{criterion[language]}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      );
    case 'decision-rule':
      return (
        <div className="item-section">
          <h4>{t('item.use')}</h4>
          <p>{item.use[language]}</p>
          <h4>{t('item.unless')}</h4>
          <ul>
            {item.unless.map((condition, index) => (
              <li key={index}>{condition[language]}</li>
            ))}
          </ul>
          {item.alternatives.length > 0 && (
            <>
              <h4>{t('item.alternatives')}</h4>
              <ul>
                {item.alternatives.map((alternative, index) => (
                  <li key={index}>
                    <strong>{alternative.label[language]}</strong> {t('item.when')} {alternative.when[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case 'action-item': {
      const closes = board.items.filter((candidate) => item.closes.includes(candidate.id));
      return (
        <>
          <p className="item-fact">
            {item.priority && (
              <>
                {t('item.priority')}: <strong>{t(`priorities.${item.priority}`)}</strong>
              </>
            )}
            {item.phase && (
              <strong>
                {t('item.phase', {
                  number: item.phase.number,
                  title: item.phase.title[language],
                  weeks: item.phase.weeks,
                })}
              </strong>
            )}
            {item.ownerRole && ` · ${t('item.ownerRole')}: ${item.ownerRole[language]}`}
          </p>
          {closes.length > 0 && (
            <p className="item-fact">
              {t('item.closes')}: {closes.map((closed) => closed.title[language]).join('; ')}
            </p>
          )}
        </>
      );
    }
    default:
      return null;
  }
}
