import { useTranslation } from 'react-i18next';
import type { PackProblem } from '../../../shared/board/problems.ts';
import { Modal } from './Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

/** Inconsistencies in the board's sources, kept visible rather than silently fixed. */
export function SourceNotesDialog({ warnings, onClose }: { warnings: PackProblem[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('boards.showWarnings')} onClose={onClose}>
      <ProblemList problems={warnings} />
    </Modal>
  );
}
