import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { LocalizedText } from '../../../shared/text.ts';
import { usePreferences } from '../stores/index.ts';

type KindOf<K extends Item['kind']> = Extract<Item, { kind: K }>;

function TextList({ heading, lines }: { heading: string; lines: readonly LocalizedText[] | undefined }) {
  const language = usePreferences((state) => state.language);
  // Versions stored before a field existed come back without it: nothing to show then.
  if (!lines || lines.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line[language]}</li>
        ))}
      </ul>
    </>
  );
}

function Labelled({ heading, entries }: { heading: string; entries: { label: string; text: string }[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {entries.map((entry, index) => (
          <li key={index}>
            <strong>{entry.label}</strong> {entry.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function titlesOf(board: Board, ids: readonly string[] | undefined, language: 'nl' | 'en'): string[] {
  return (ids ?? []).flatMap((id) => {
    const found = board.items.find((candidate) => candidate.id === id);
    return found ? [found.title[language]] : [];
  });
}

function OpenQuestionFacts({ item }: { item: KindOf<'open-question'> }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="item-fact">
        {t('item.number', { number: item.number })}
        {item.blocking && <strong className="blocking"> · {t('item.blocking')}</strong>}
      </p>
      {item.criteria.length > 0 && (
        <div className="item-section">
          <TextList heading={t('item.criteria')} lines={item.criteria} />
        </div>
      )}
    </>
  );
}

function DecisionRuleFacts({ board, item }: { board: Board; item: KindOf<'decision-rule'> }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const appliedBy = board.items.filter((candidate) => candidate.kind === 'decision' && candidate.rule === item.id);
  return (
    <div className="item-section">
      <h4>{t('item.use')}</h4>
      <p>{item.use[language]}</p>
      <TextList heading={t('item.unless')} lines={item.unless} />
      <Labelled
        heading={t('item.alternatives')}
        entries={item.alternatives.map((alternative) => ({
          label: `${alternative.label[language]}:`,
          text: alternative.when[language],
        }))}
      />
      {appliedBy.length > 0 && (
        <p className="item-fact">
          {t('item.appliedBy')}: {appliedBy.map((decision) => decision.title[language]).join('; ')}
        </p>
      )}
    </div>
  );
}

function DecisionFacts({ board, item }: { board: Board; item: KindOf<'decision'> }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const rule = titlesOf(board, item.rule ? [item.rule] : [], language);
  const questions = titlesOf(board, item.dependsOn, language);
  return (
    <div className="item-section">
      <h4>{t('item.decided')}</h4>
      <p>{item.decided[language]}</p>
      {item.basis && (
        <>
          <h4>{t('item.basis')}</h4>
          <p>{item.basis[language]}</p>
        </>
      )}
      {item.rationale && (
        <>
          <h4>{t('item.rationale')}</h4>
          <p>{item.rationale[language]}</p>
        </>
      )}
      {rule.length > 0 && (
        <p className="item-fact">
          {t('item.rule')}: <strong>{rule[0]}</strong>
        </p>
      )}
      {questions.length > 0 && (
        <p className="item-fact">
          {t('item.dependsOn')}: {questions.join('; ')}
        </p>
      )}
      <TextList heading={t('item.revisitWhen')} lines={item.revisitWhen} />
      <Labelled
        heading={t('item.alternativesConsidered')}
        entries={(item.alternatives ?? []).map((alternative) => ({
          label: `${alternative.label[language]}:`,
          text: alternative.verdict[language],
        }))}
      />
    </div>
  );
}

/** One criterion after another rather than a table: the detail pane is too narrow for four columns. */
function SuccessCriteriaFacts({ item }: { item: KindOf<'success-criteria'> }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  return (
    <div className="item-section">
      <ul className="success-criteria">
        {item.successCriteria.map((row, index) => (
          <li key={index}>
            <strong>{row.criterion[language]}</strong>
            <dl>
              <dt>{t('item.goal')}</dt>
              <dd>{row.goal[language]}</dd>
              <dt>{t('item.implementation')}</dt>
              <dd>{row.implementation[language]}</dd>
              <dt>{t('item.validation')}</dt>
              <dd>{row.validation[language]}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActionFacts({ board, item }: { board: Board; item: KindOf<'action-item'> }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const closes = titlesOf(board, item.closes, language);
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
        {item.stage && (
          <strong>
            {t('item.stage', {
              title: item.stage.title[language],
              layer: board.layers.find((layer) => layer.id === item.stage?.layer)?.title[language] ?? item.stage.layer,
            })}
          </strong>
        )}
        {item.ownerRole && ` · ${t('item.ownerRole')}: ${item.ownerRole[language]}`}
      </p>
      {closes.length > 0 && (
        <p className="item-fact">
          {t('item.closes')}: {closes.join('; ')}
        </p>
      )}
    </>
  );
}

function KindFacts({ board, item }: { board: Board; item: Item }): ReactNode {
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
      return <OpenQuestionFacts item={item} />;
    case 'decision-rule':
      return <DecisionRuleFacts board={board} item={item} />;
    case 'decision':
      return <DecisionFacts board={board} item={item} />;
    case 'choice-space':
      return <p className="item-fact">{t('item.noPreference')}</p>;
    case 'success-criteria':
      return <SuccessCriteriaFacts item={item} />;
    case 'outlook':
      return (
        <div className="item-section">
          <Labelled
            heading={t('item.possibilities')}
            entries={item.possibilities.map((possibility) => ({
              label: possibility.detail ? `${possibility.label[language]}:` : possibility.label[language],
              text: possibility.detail?.[language] ?? '',
            }))}
          />
        </div>
      );
    case 'action-item':
      return <ActionFacts board={board} item={item} />;
    default:
      return null;
  }
}

/** What only some kinds of item have (severity, question number, "use X unless Y", ...), and the authors' additions. */
export function ItemFacts({ board, item }: { board: Board; item: Item }) {
  const { t } = useTranslation();
  return (
    <>
      <KindFacts board={board} item={item} />
      {(item.authorNotes ?? []).length > 0 && (
        <div className="item-section author-notes">
          <TextList heading={t('item.authorNotes')} lines={item.authorNotes} />
        </div>
      )}
    </>
  );
}
