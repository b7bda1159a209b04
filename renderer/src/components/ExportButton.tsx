import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { saveFile } from '../files.ts';
import { useNotices } from '../stores/notices.ts';
import { usePreferences } from '../stores/preferences.ts';
import { useSessionStore } from '../stores/session.ts';

export function ExportButton() {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const session = useSessionStore((state) => state.current);
  const [busy, setBusy] = useState(false);
  const { showError, showStatus } = useNotices();

  const exportPdf = async () => {
    if (!session) return;
    setBusy(true);
    showStatus(t('export.exporting'));
    try {
      // The report shows what is on screen, including an outcome typed but not yet saved.
      await useSessionStore.getState().flushPendingDraft();
      const file = await api['reports.export']({ sessionId: session.id, language, format: 'pdf' });
      saveFile(file.fileName, file.mimeType, file.base64);
      showStatus(t('export.done', { fileName: file.fileName }));
    } catch (error) {
      showStatus('');
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" onClick={exportPdf} disabled={!session || busy} aria-busy={busy}>
      {busy ? t('export.exporting') : t('export.pdf')}
    </button>
  );
}
