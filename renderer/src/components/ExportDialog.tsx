import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTIONAL_SECTIONS, type ReportFormat } from '../../../shared/report/options.ts';
import { LANGUAGES, type Language } from '../../../shared/text.ts';
import { saveFile } from '../files.ts';
import { useExportStore, useNotices, useSessionStore } from '../stores/index.ts';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';
import { LONG_TEXT_MAX } from '../../../shared/session/schema.ts';

/** The formats offered in the dialog; the HTML source stays for the API and the command line. */
const FORMATS: ReportFormat[] = ['pdf', 'md', 'csv', 'json'];

/**
 * The facilitator's written summary, the first thing the report says. Saved with its button, and
 * before an export when it was changed, so the report always carries what is on screen.
 */
function useSummaryDraft() {
  const session = useSessionStore((state) => state.current);
  const saveSummary = useSessionStore((state) => state.saveSummary);
  const [draft, setDraft] = useState(session?.summary ?? '');
  const [draftFor, setDraftFor] = useState(session?.id);
  if (session?.id !== draftFor) {
    setDraftFor(session?.id);
    setDraft(session?.summary ?? '');
  }
  const dirty = session !== null && draft !== session.summary;
  const save = async () => (session && dirty ? saveSummary(session.id, draft) : true);
  return { session, draft, setDraft, dirty, save };
}

function SummaryField({ summary, busy }: { summary: ReturnType<typeof useSummaryDraft>; busy: boolean }) {
  const { t } = useTranslation();
  const showStatus = useNotices((state) => state.showStatus);
  const closed = Boolean(summary.session?.closedAt);
  return (
    <div className="export-summary">
      <label htmlFor="report-summary">{t('reportSummary.summaryLabel')}</label>
      <textarea
        id="report-summary"
        rows={4}
        maxLength={LONG_TEXT_MAX}
        value={summary.draft}
        disabled={busy || closed}
        aria-describedby="report-summary-hint"
        onChange={(event) => summary.setDraft(event.target.value)}
      />
      <p id="report-summary-hint" className="hint">
        {closed ? t('reportSummary.closed') : t('reportSummary.summaryHint')}
      </p>
      {!closed && (
        <button
          type="button"
          disabled={busy || !summary.dirty}
          onClick={() => void summary.save().then((saved) => saved && showStatus(t('reportSummary.summarySaved')))}
        >
          {t('reportSummary.saveSummary')}
        </button>
      )}
    </div>
  );
}

function ExportForm() {
  const { t } = useTranslation();
  const options = useExportStore((state) => state.options);
  const phase = useExportStore((state) => state.phase);
  const setOptions = useExportStore((state) => state.setOptions);
  const exportReport = useExportStore((state) => state.exportReport);
  const canWriteIntoFolder = useExportStore((state) => state.canWriteIntoFolder);
  const exportIntoFolder = useExportStore((state) => state.exportIntoFolder);
  const showStatus = useNotices((state) => state.showStatus);
  const summary = useSummaryDraft();
  if (!options) return <p role="status">{t('export.building')}</p>;
  const busy = phase !== 'idle';
  const omitted = new Set(options.omitSections);

  const start = async () => {
    if (!(await summary.save())) return;
    const file = await exportReport();
    if (!file) return;
    if ('base64' in file) saveFile(file.fileName, file.mimeType, file.base64);
    showStatus(t('export.done', { fileName: isolate(file.fileName) }));
  };
  const startIntoFolder = async () => {
    if (!(await summary.save())) return;
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
      <SummaryField summary={summary} busy={busy} />
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
      <label className="export-choice">
        <input
          type="checkbox"
          checked={options.includeNotes}
          disabled={busy}
          onChange={(event) => setOptions({ includeNotes: event.target.checked })}
        />
        {t('export.includeNotes')}
      </label>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={options.voterNames}
          disabled={busy}
          onChange={(event) => setOptions({ voterNames: event.target.checked })}
        />
        {t('export.voterNames')}
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

/**
 * An export goes on when its dialog is closed, so the meeting can move on meanwhile: beside the
 * export button, a progress bar says that it still runs.
 */
function ExportStillRunning() {
  const { t } = useTranslation();
  const phase = useExportStore((state) => state.phase);
  if (phase === 'idle') return null;
  return (
    <span className="toolbar-export-progress" role="status" title={t(`export.${phase}`)}>
      <progress aria-hidden="true" />
      <span className="visually-hidden">{t(`export.${phase}`)}</span>
    </span>
  );
}

/** The toolbar's export button and the dialog it opens: format, language and options, remembered per session. */
export function ExportDialog() {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const loadOptions = useExportStore((state) => state.loadOptions);
  const prepare = useExportStore((state) => state.prepare);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) loadOptions();
  }, [open, session?.id, loadOptions]);
  useEffect(() => {
    if (open) prepare();
  }, [open, prepare]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!session}>
        {t('export.button')}
      </button>
      {!open && <ExportStillRunning />}
      {open && (
        <Modal title={t('export.heading')} onClose={() => setOpen(false)}>
          <ExportForm />
        </Modal>
      )}
    </>
  );
}
