import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { LocalizedText } from '../../../shared/text.ts';
import { useOutcomes, usePreferences, useSessionStore, useWalkthrough } from '../stores/index.ts';
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

/**
 * The options by name, the source's recommended one marked; each opens to its rationale, risks and
 * mitigation, so the list stays short enough to read beside the form.
 */
function OptionList({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  if (item.options.length === 0) return null;
  return (
    <div className="item-section">
      <h4>{t('item.options')}</h4>
      <ol className="option-list">
        {item.options.map((option) => {
          const details = option.rationale || option.risks || option.mitigation;
          const name = (
            <>
              <strong>{option.label[language]}</strong>
              {option.recommended && <span className="recommended"> ({t('item.recommended')})</span>}
            </>
          );
          return (
            <li key={option.id}>
              {details ? (
                <details>
                  <summary>{name}</summary>
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
                </details>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * Opening an item puts the keyboard on its title: in no field, so every shortcut works and no key
 * changes a value, and the item is read from its top (the pane scrolls back up, not down to the form).
 * Without a session there is no form, so a request for it lands here too.
 */
function useFocusTitle(itemId: string, hasSession: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  const focusRequest = useWalkthrough((state) => state.focusRequest);
  const takeFocusRequest = useWalkthrough((state) => state.takeFocusRequest);
  useEffect(() => {
    const wanted = focusRequest?.target === 'heading' || (!hasSession && focusRequest?.target === 'firstField');
    if (wanted && focusRequest && takeFocusRequest(focusRequest.target)) title.current?.focus({ preventScroll: true });
  }, [hasSession, focusRequest, takeFocusRequest]);
  useEffect(() => {
    title.current?.closest('.detail')?.scrollTo({ top: 0 });
  }, [itemId]);
  return title;
}

export const ItemDetail = memo(function ItemDetail({ board, item }: { board: Board; item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const historyStep = useOutcomes((state) => state.historyStep);
  const concerns = indexBoard(board).nodesOfItem(item.id);
  const title = useFocusTitle(item.id, session !== null);
  return (
    <article className="item-detail" aria-labelledby="item-title">
      <div className="item-text">
        <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
        <h2 id="item-title" ref={title} tabIndex={-1}>
          {item.title[language]}
        </h2>
        <ItemFacts board={board} item={item} />
        {/* What the room decides on first (summary, options, the source's recommendation), the background after. */}
        <Section label={t('item.summary')} text={item.summary} />
        {'question' in item && <Section label={t('item.question')} text={item.question} />}
        <OptionList item={item} />
        <Section label={t('item.recommendation')} text={item.recommendation} />
        {item.kind === 'conflict' && (
          <>
            <Section label={t('item.layer0')} text={item.layer0} />
            <Section label={t('item.layer1')} text={item.layer1} />
          </>
        )}
        <Section label={t('item.impact')} text={item.impact} />
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
      </div>
      <div className="item-outcome">
        {/* A new key after undo, redo or a session switch, so the form shows what is stored then. */}
        <ReviewStanding itemId={item.id} />
        <RoomVoting item={item} />
        <OutcomeForm key={`${item.id}:${historyStep}`} item={item} />
      </div>
    </article>
  );
});
