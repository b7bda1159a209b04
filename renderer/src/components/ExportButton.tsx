import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../files.ts';
import { useNotices, usePreferences, useSessionStore } from '../stores/index.ts';

export function ExportButton() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const exportReport = useSessionStore((state) => state.exportReport);
  const showStatus = useNotices((state) => state.showStatus);
  const [busy, setBusy] = useState(false);

  const exportPdf = async () => {
    setBusy(true);
    showStatus(t('export.exporting'));
    const file = await exportReport(language);
    setBusy(false);
    if (!file) return showStatus('');
    saveFile(file.fileName, file.mimeType, file.base64);
    showStatus(t('export.done', { fileName: file.fileName }));
  };

  return (
    <button type="button" onClick={exportPdf} disabled={!session || busy} aria-busy={busy}>
      {busy ? t('export.exporting') : t('export.pdf')}
    </button>
  );
}
