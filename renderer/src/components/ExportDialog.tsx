import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTIONAL_SECTIONS, type ReportFormat } from '../../../shared/report/options.ts';
import { LANGUAGES, type Language } from '../../../shared/text.ts';
import { saveFile } from '../files.ts';
import { useExportStore, useNotices, useSessionStore } from '../stores/index.ts';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';

/** The formats offered in the dialog; the HTML source stays for the API and the command line. */
const FORMATS: ReportFormat[] = ['pdf', 'md', 'csv', 'json'];

function ExportForm() {
  const { t } = useTranslation();
  const options = useExportStore((state) => state.options);
  const phase = useExportStore((state) => state.phase);
  const setOptions = useExportStore((state) => state.setOptions);
  const exportReport = useExportStore((state) => state.exportReport);
  const canWriteIntoFolder = useExportStore((state) => state.canWriteIntoFolder);
  const exportIntoFolder = useExportStore((state) => state.exportIntoFolder);
  const showStatus = useNotices((state) => state.showStatus);
  if (!options) return <p role="status">{t('export.building')}</p>;
  const busy = phase !== 'idle';
  const omitted = new Set(options.omitSections);

  const start = async () => {
    const file = await exportReport();
    if (!file) return;
    saveFile(file.fileName, file.mimeType, file.base64);
    showStatus(t('export.done', { fileName: isolate(file.fileName) }));
  };
  const startIntoFolder = async () => {
    const written = await exportIntoFolder();
    if (written)
      showStatus(t('export.writtenIntoFolder', { count: written.files.length, folder: isolate(written.folder) }));
  };

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset disabled={busy}>
        <legend>{t('export.format')}</legend>
        {FORMATS.map((format) => (
          <label key={format} className="export-choice">
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={options.format === format}
              onChange={() => setOptions({ format })}
            />
            {t(`export.formats.${format}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('export.language')}
        <select
          value={options.language}
          disabled={busy}
          onChange={(event) => setOptions({ language: event.target.value as Language })}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`export.languages.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={options.includeUndecided}
          disabled={busy}
          onChange={(event) => setOptions({ includeUndecided: event.target.checked })}
        />
        {t('export.includeUndecided')}
      </label>
      <fieldset disabled={busy}>
        <legend>{t('export.sections')}</legend>
        {OPTIONAL_SECTIONS.map((section) => (
          <label key={section} className="export-choice">
            <input
              type="checkbox"
              checked={!omitted.has(section)}
              onChange={(event) =>
                setOptions({
                  omitSections: event.target.checked
                    ? options.omitSections.filter((name) => name !== section)
                    : [...options.omitSections, section],
                })
              }
            />
            {t(`export.sectionNames.${section}`)}
          </label>
        ))}
      </fieldset>
      <div className="export-progress" role="status" aria-live="polite">
        {busy && (
          <>
            <progress aria-label={t(`export.${phase}`)} />
            <span>{t(`export.${phase}`)}</span>
          </>
        )}
      </div>
      <div className="export-actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('export.start')}
        </button>
        {canWriteIntoFolder && (
          <button type="button" disabled={busy} onClick={() => void startIntoFolder()}>
            {t('export.intoFolder')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The toolbar's export button and the dialog it opens: format, language and options, remembered per session. */
export function ExportDialog() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const loadOptions = useExportStore((state) => state.loadOptions);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) void loadOptions();
  }, [open, session?.id, loadOptions]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!session}>
        {t('export.button')}
      </button>
      {open && (
        <Modal title={t('export.heading')} onClose={() => setOpen(false)}>
          <ExportForm />
        </Modal>
      )}
    </>
  );
}
