import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../stores/board.ts';
import { usePreferences } from '../stores/preferences.ts';
import { Modal } from './Modal.tsx';

/** The traceability matrix: each requirement's chain from Layer 0 to tools, and the questions it cites. */
export function TraceabilityDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const board = useBoardStore((state) => state.current?.board);
  if (!board) return null;
  const label = (id: string) => board.nodes.find((node) => node.id === id)?.label[language] ?? id;
  const question = (number: number) =>
    board.items.find((item) => item.kind === 'open-question' && item.number === number && !item.series);
  return (
    <Modal title={t('traceability.heading')} onClose={onClose}>
      <table className="audit-table">
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
                  {row.questions.map((cited, index) => {
                    const onBoard = question(cited.number);
                    return (
                      <li key={index}>
                        Q{cited.number}: {cited.asCited[language]}
                        {onBoard && onBoard.title[language] !== cited.asCited[language] && (
                          <span className="cited-differs">
                            {' '}
                            ({t('traceability.onBoard', { title: onBoard.title[language] })})
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
