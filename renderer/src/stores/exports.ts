import { create } from 'zustand';
import type { ApiInput, ApiOutput, BoardwalkApi } from '../../../shared/api/contract.ts';
import { OPTIONAL_SECTIONS, type OptionalSection } from '../../../shared/report/options.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import type { SavedReport, WrittenFolder } from '../../../shared/shell.ts';
import type { Shell } from '../api/client.ts';
import { attempt } from './attempt.ts';
import type { SessionSettingsStore } from './sessionSettings.ts';
import type { SessionStore } from './sessions.ts';

export type ExportOptions = NonNullable<SessionSettings['exportOptions']>;
/** The report handed on: as a file the shell saved or downloaded, or (without such a shell) the API's answer to save. */
export type ExportedReport = SavedReport | ApiOutput<'reports.export'>;
/** Where an export is: saving what was typed, then building the report in the back end. */
export type ExportPhase = 'idle' | 'saving' | 'building';

export interface ExportState {
  /** The export options of the current session: as last used, or the defaults. */
  options: ExportOptions | null;
  optionsFor: string | null;
  phase: ExportPhase;
  /** The dialog starts from the options saved with the session on screen. */
  loadOptions: () => void;
  /** Gets the back end's printing ready while the options are chosen, so the export does not wait for it. */
  prepare: () => void;
  setOptions: (changes: Partial<ExportOptions>) => void;
  /** Exports the current session's report with the options shown, and remembers them for the session; null when cancelled. */
  exportReport: () => Promise<ExportedReport | null | undefined>;
  /** Whether this shell can write an export into a folder (the desktop app). */
  canWriteIntoFolder: boolean;
  /** As exportReport, into a folder the user picks; null when the pick was cancelled. */
  exportIntoFolder: () => Promise<WrittenFolder | null | undefined>;
}

/** The report is in the session's own language unless someone chose otherwise, and leaves out what is undecided. */
export function defaultExportOptions(session: Session): ExportOptions {
  return {
    language: session.language,
    format: 'pdf',
    includeUndecided: false,
    omitSections: [],
    includeNotes: false,
    voterNames: false,
  };
}

export function createExportStore(
  api: BoardwalkApi,
  sessions: SessionStore,
  sessionSettings: SessionSettingsStore,
  shell: Pick<Shell, 'exportIntoFolder' | 'saveReport'> = {},
) {
  return create<ExportState>((set, get) => {
    const current = () => sessions.getState().current;
    const writeIntoFolder = shell.exportIntoFolder;

    /** Saves what was typed and the options, then hands the export to `deliver`, one export at a time. */
    const run = async <T>(deliver: (input: ApiInput<'reports.export'>) => Promise<T>): Promise<T | undefined> => {
      const session = current();
      const { options, optionsFor } = get();
      if (!session || !options || optionsFor !== session.id || get().phase !== 'idle') return undefined;
      try {
        set({ phase: 'saving' });
        await sessions.getState().flushUnsaved();
        // Saved with the session while it can still change; a closed session keeps what it had.
        await sessionSettings.getState().saveSetting({ key: 'exportOptions', value: options });
        set({ phase: 'building' });
        return await attempt(() =>
          deliver({
            sessionId: session.id,
            language: options.language,
            format: options.format,
            includeUndecided: options.includeUndecided,
            omitSections: options.omitSections.filter(isSection),
            includeNotes: options.includeNotes,
            voterNames: options.voterNames,
          }),
        );
      } finally {
        set({ phase: 'idle' });
      }
    };

    return {
      options: null,
      optionsFor: null,
      phase: 'idle',
      loadOptions: () => {
        const session = current();
        if (!session) return set({ options: null, optionsFor: null });
        const saved = sessionSettings.getState().settings.exportOptions;
        // Options saved by an older version lack the newer choices: those start from their defaults.
        set({ options: { ...defaultExportOptions(session), ...saved }, optionsFor: session.id });
      },
      // A failure here is the export's to report: it meets the same cause, and says so.
      prepare: () => void api['reports.prepare']({}).catch(() => undefined),
      setOptions: (changes) => {
        const options = get().options;
        if (options) set({ options: { ...options, ...changes } });
      },
      exportReport: () =>
        run<ExportedReport | null>((input) =>
          shell.saveReport ? shell.saveReport(input) : api['reports.export'](input),
        ),
      canWriteIntoFolder: Boolean(writeIntoFolder),
      exportIntoFolder: async () => (writeIntoFolder ? run(writeIntoFolder) : undefined),
    };
  });
}

/** A section name the report knows; a stored setting may hold one an older version knew. */
function isSection(name: string): name is OptionalSection {
  return (OPTIONAL_SECTIONS as readonly string[]).includes(name);
}

export type ExportStore = ReturnType<typeof createExportStore>;
