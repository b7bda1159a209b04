import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { LocalizedText } from '../../../shared/text.ts';
import { usePreferences, useSessionStore, useWalkthrough } from '../stores/index.ts';
import { ItemFacts } from './ItemFacts.tsx';
import { OutcomeForm } from './OutcomeForm.tsx';
import { RoomVoting } from './RoomVoting.tsx';
import { ReviewStanding } from './ReviewStanding.tsx';
import { isolate } from '../../../shared/text.ts';

function Section({ label, text }: { label: string; text: LocalizedText | undefined }) {
  const language = usePreferences((state) => state.language);
  if (!text) return null;
  return (
    <div className="item-section">
      <h4>{label}</h4>
      <p>{text[language]}</p>
    </div>
  );
}

function OptionList({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  if (item.options.length === 0) return null;
  return (
    <div className="item-section">
      <h4>{t('item.options')}</h4>
      <ol className="option-list">
        {item.options.map((option) => (
          <li key={option.id}>
            <strong>{option.label[language]}</strong>
            {option.recommended && <span className="recommended"> ({t('item.recommended')})</span>}
            {option.rationale && <p>{option.rationale[language]}</p>}
            {option.risks && (
              <p>
                <em>{t('item.risks')}:</em> {option.risks[language]}
              </p>
            )}
            {option.mitigation && (
              <p>
                <em>{t('item.mitigation')}:</em> {option.mitigation[language]}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Without a session there is no form to land in: moving to an item puts the keyboard on its title. */
function useFocusTitleWithoutSession(hasSession: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  useEffect(() => {
    if (!hasSession && focusRequest?.target === 'firstField' && takeFocusRequest('firstField')) title.current?.focus();
  }, [hasSession, focusRequest, takeFocusRequest]);
  return title;
}

export function ItemDetail({ board, item }: { board: Board; item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const historyStep = useSessionStore((state) => state.historyStep);
  const concerns = indexBoard(board).nodesOfItem(item.id);
  const title = useFocusTitleWithoutSession(session !== null);
  return (
    <article className="item-detail" aria-labelledby="item-title">
      <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
      <h2 id="item-title" ref={title} tabIndex={-1}>
        {item.title[language]}
      </h2>
      <ItemFacts board={board} item={item} />
      <Section label={t('item.summary')} text={item.summary} />
      {'question' in item && <Section label={t('item.question')} text={item.question} />}
      {item.kind === 'conflict' && (
        <>
          <Section label={t('item.layer0')} text={item.layer0} />
          <Section label={t('item.layer1')} text={item.layer1} />
        </>
      )}
      <Section label={t('item.impact')} text={item.impact} />
      <OptionList item={item} />
      <Section label={t('item.recommendation')} text={item.recommendation} />
      <Section label={t('item.owner')} text={item.owner} />
      {concerns.length > 0 && (
        <p className="item-concerns">
          {t('item.concerns')}: {concerns.map((node) => node.label[language]).join(', ')}
        </p>
      )}
      {item.checklist.length > 0 && !session && (
        <div className="item-section">
          <h4>{t('item.checklist')}</h4>
          <ul>
            {item.checklist.map((line, index) => (
              <li key={index}>{line[language]}</li>
            ))}
          </ul>
        </div>
      )}
      {item.sourceNotes.length > 0 && (
        <div className="item-section source-notes">
          <h4>{t('item.sourceNotes')}</h4>
          <ul>
            {item.sourceNotes.map((note, index) => (
              <li key={index}>{note[language]}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="item-source">
        {t('item.source', { document: isolate(item.source.document), section: isolate(item.source.section) })}
      </p>
      {/* A new key after undo, redo or a session switch, so the form shows what is stored then. */}
      <ReviewStanding itemId={item.id} />
      <RoomVoting item={item} />
      <OutcomeForm key={`${item.id}:${historyStep}`} item={item} />
    </article>
  );
}
