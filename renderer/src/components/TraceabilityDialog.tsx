import { useTranslation } from 'react-i18next';
import type { Board, TraceabilityRow } from '../../../shared/board/schema.ts';
import { useBoardStore, usePreferences } from '../stores/index.ts';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';

type Cited = TraceabilityRow['questions'][number];

/**
 * One question as the matrix cites it. Only a citation the board marks as a mismatch (it means
 * another question than the one with its number) is flagged; a shorter wording is not a mismatch.
 */
function CitedQuestion({ board, cited }: { board: Board; cited: Cited }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const onBoard = board.items.find(
    (item) => item.kind === 'open-question' && item.number === cited.number && !item.series,
  );
  return (
    <li>
      Q{cited.number}: {cited.asCited[language]}
      {cited.mismatch && (
        <span className="cited-differs">
          {onBoard && ` (${t('traceability.onBoard', { title: isolate(onBoard.title[language]) })})`}{' '}
          {cited.mismatch[language]}
        </span>
      )}
    </li>
  );
}

/** The traceability matrix: each requirement's chain from Layer 0 to tools, and the questions it cites. */
export function TraceabilityDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  if (!board) return null;
  const label = (id: string) => board.nodes.find((node) => node.id === id)?.label[language] ?? id;
  return (
    <Modal title={t('traceability.heading')} onClose={onClose}>
      <table className="trace-table">
        <thead>
          <tr>
            <th scope="col">{t('traceability.requirement')}</th>
            <th scope="col">{t('traceability.chain')}</th>
            <th scope="col">{t('traceability.questions')}</th>
          </tr>
        </thead>
        <tbody>
          {board.traceability.map((row) => (
            <tr key={row.id}>
              <td>{row.requirement[language]}</td>
              <td>{row.refs.map(label).join(' → ')}</td>
              <td>
                <ul className="plain-list">
                  {row.questions.map((cited, index) => (
                    <CitedQuestion key={index} board={board} cited={cited} />
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
