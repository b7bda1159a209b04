import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackProblem } from '../../../shared/board/problems.ts';
import { ProblemList } from './ProblemList.tsx';

/** Inconsistencies in the board's sources, kept visible rather than silently fixed. */
export function SourceNotesDialog({ warnings, onClose }: { warnings: PackProblem[]; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="notes-dialog" aria-labelledby="notes-heading" onClose={onClose}>
      <h2 id="notes-heading">{t('boards.showWarnings')}</h2>
      <ProblemList problems={warnings} />
      <button type="button" onClick={() => dialog.current?.close()}>
        {t('import.close')}
      </button>
    </dialog>
  );
}
