import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackProblem } from '../../../shared/board/problems.ts';
import { fileToBase64, uploadName } from '../files.ts';
import { errorText } from '../errorText.ts';
import { useBoardStore, usePreferences } from '../stores/index.ts';
import { FilePicker } from './FilePicker.tsx';
import { Modal } from './Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

type ImportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string; problems: PackProblem[] };

const PACK_FILES = /\.(ya?ml|zip)$/i;

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const importPack = useBoardStore((state) => state.importPack);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const importFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])].filter((file) => PACK_FILES.test(file.name));
    event.target.value = '';
    if (picked.length === 0) return;
    setState({ step: 'busy' });
    const files = await Promise.all(
      picked.map(async (file) => ({ name: uploadName(file), base64: await fileToBase64(file) })),
    );
    const result = await importPack(files);
    if (result.ok) {
      const title = result.board.meta.title[language];
      setState({ step: 'done', message: t(result.stored ? 'import.done' : 'import.unchanged', { title }) });
    } else {
      const message =
        result.problems.length > 0
          ? t('import.failed', { count: result.problems.length })
          : t('app.error', { message: errorText(t, result.error) });
      setState({ step: 'failed', message, problems: result.problems });
    }
  };

  return (
    <Modal title={t('import.button')} onClose={onClose}>
      <div className="import-pickers">
        <FilePicker
          label={t('import.files')}
          choose={t('files.chooseFiles')}
          accept=".yaml,.yml,.zip"
          multiple
          onChange={importFiles}
          disabled={state.step === 'busy'}
        />
        <FilePicker
          label={t('import.folder')}
          choose={t('files.chooseFolder')}
          // @ts-expect-error: folder picking is a non-standard attribute that Chromium supports.
          webkitdirectory=""
          onChange={importFiles}
          disabled={state.step === 'busy'}
        />
      </div>
      <div role="status" aria-live="polite">
        {state.step === 'busy' && <p>{t('import.importing')}</p>}
        {state.step === 'done' && <p>{state.message}</p>}
      </div>
      {state.step === 'failed' && (
        <div role="alert" className="import-errors">
          <p>{state.message}</p>
          <ProblemList problems={state.problems} />
        </div>
      )}
    </Modal>
  );
}
