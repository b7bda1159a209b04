import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { EMPTY_DRAFT } from '../../../shared/meeting/draft.ts';
import type { WrittenFolder } from '../../../shared/shell.ts';
import type { Shell } from '../api/client.ts';
import type { Session } from '../../../shared/session/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { sessionStores, testSession } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { createExportStore } from './exports.ts';
import { useNotices } from './notices.ts';

let backend: ReturnType<typeof fakeBackend>;

/** The exports follow the session's report language: English here, unlike the UI's default. */
const session = (id: string, extra: Partial<Session> = {}) => testSession(id, { language: 'en', ...extra });

/** The stores with `current` on screen, its settings as opening it read them. */
function stores(
  current: Session,
  shell: Pick<Shell, 'exportIntoFolder' | 'saveReport'> = {},
  settings: SessionSettings = {},
) {
  const boards = createBoardStore(backend.api, memoryInTests());
  const { sessions, sessionSettings } = sessionStores(backend.api, memoryInTests(), boards);
  sessions.setState({ current, sessions: [current] });
  sessionSettings.setState({ settings });
  return { sessions, sessionSettings, exports: createExportStore(backend.api, sessions, sessionSettings, shell) };
}

/** A desktop shell whose folder dialog gives `answer` and records what it was asked to write. */
function desktopShell(answer: () => Promise<WrittenFolder | null>) {
  const asked: ApiInput<'reports.export'>[] = [];
  return {
    asked,
    shell: {
      exportIntoFolder: (input: ApiInput<'reports.export'>) => {
        asked.push(input);
        return answer();
      },
    },
  };
}

const FILE = { fileName: 'r.pdf', mimeType: 'application/pdf', base64: 'JVBERg==' };

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

describe('the export dialog', () => {
  it("starts from the session's language and leaves undecided items out, when nothing was saved", async () => {
    const { exports } = stores(session('a', { language: 'nl' }));
    exports.getState().loadOptions();
    expect(exports.getState().options).toEqual({
      language: 'nl',
      format: 'pdf',
      includeUndecided: false,
      omitSections: [],
      includeNotes: false,
      voterNames: false,
    });
  });

  it('remembers the options per session: what was used last comes back', async () => {
    const saved = { language: 'nl', format: 'md', includeUndecided: true, omitSections: ['audit'] } as const;
    const { exports } = stores(session('a'), {}, { exportOptions: saved as never });
    exports.getState().loadOptions();
    expect(await backend.pendingMethods()).toBe('none');
    // Private notes stay out unless asked for, also for options saved before that choice existed.
    expect(exports.getState().options).toEqual({ ...saved, includeNotes: false, voterNames: false });
  });

  it('saves what was typed first, then the options, then builds the report, showing each step', async () => {
    const { sessions, sessionSettings, exports } = stores(session('a'), {}, { decisionContext: { team: 'new' } });
    exports.getState().loadOptions();
    exports.getState().setOptions({ language: 'nl', format: 'csv', omitSections: ['risks'] });
    // As the draft store does: what was typed is kept before anything moves on.
    sessions.getState().addFlusher(async () => {
      await backend.api['drafts.save']({ sessionId: 'a', itemId: 'item-1', fields: EMPTY_DRAFT });
    });
    const exporting = exports.getState().exportReport();
    expect(exports.getState().phase).toBe('saving');
    expect(await backend.pendingMethods()).toBe('drafts.save');
    await backend.answer('drafts.save', {});
    const options = {
      language: 'nl',
      format: 'csv',
      includeUndecided: false,
      omitSections: ['risks'],
      includeNotes: false,
      voterNames: false,
    } as const;
    expect(await backend.inputOf('sessions.saveSetting')).toEqual({
      sessionId: 'a',
      setting: { key: 'exportOptions', value: options },
    });
    await backend.answer('sessions.saveSetting', { decisionContext: { team: 'new' }, exportOptions: options });
    // The session's settings are kept in one place: the options used are in it, for the next export.
    expect(sessionSettings.getState().settings).toEqual({ decisionContext: { team: 'new' }, exportOptions: options });
    expect(exports.getState().phase).toBe('building');
    expect(await backend.inputOf('reports.export')).toEqual({
      sessionId: 'a',
      language: 'nl',
      format: 'csv',
      includeUndecided: false,
      omitSections: ['risks'],
      includeNotes: false,
      voterNames: false,
    });
    await backend.answer('reports.export', FILE);
    expect(await exporting).toEqual(FILE);
    expect(exports.getState().phase).toBe('idle');
  });

  it('exports a closed session without trying to change it', async () => {
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }));
    exports.getState().loadOptions();
    const exporting = exports.getState().exportReport();
    expect(await backend.pendingMethods()).toBe('reports.export');
    await backend.answer('reports.export', FILE);
    expect(await exporting).toEqual(FILE);
  });

  it('never exports another session with the options shown for the one before', async () => {
    const { sessions, exports } = stores(session('a'));
    exports.getState().loadOptions();
    exports.getState().setOptions({ format: 'json' });
    sessions.setState({ current: session('b') });
    expect(await exports.getState().exportReport()).toBeUndefined();
    expect(await backend.pendingMethods()).toBe('none');
    exports.getState().loadOptions();
    expect(exports.getState()).toMatchObject({ optionsFor: 'b', options: { format: 'pdf' } });
  });

  it('asks the back end to get printing ready, and leaves a failure there to the export', async () => {
    const { exports } = stores(session('a'));
    exports.getState().prepare();
    expect(await backend.count('reports.prepare')).toBe(1);
    await backend.fail('reports.prepare', new Error('No Chromium found to print the PDF'));
    expect(useNotices.getState().error).toBeNull();
    exports.getState().prepare();
    await backend.answer('reports.prepare', { ok: true });
    expect(await backend.count('reports.prepare')).toBe(0);
  });

  it('shows a failed export as a message and is ready for the next one', async () => {
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }));
    exports.getState().loadOptions();
    const exporting = exports.getState().exportReport();
    await backend.fail('reports.export', new Error('No Chromium found to print the PDF'));
    expect(await exporting).toBeUndefined();
    expect(useNotices.getState().error).toEqual({ message: 'No Chromium found to print the PDF' });
    expect(exports.getState().phase).toBe('idle');
  });

  it('writes into a folder only where the shell can (the desktop app), with the options shown', async () => {
    expect(stores(session('a')).exports.getState().canWriteIntoFolder).toBe(false);
    expect(await stores(session('a')).exports.getState().exportIntoFolder()).toBeUndefined();

    const written = { folder: '/home/anouk/adr', files: ['/home/anouk/adr/index.md', '/home/anouk/adr/0001-x.md'] };
    const desktop = desktopShell(async () => written);
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }), desktop.shell);
    expect(exports.getState().canWriteIntoFolder).toBe(true);
    exports.getState().loadOptions();
    exports.getState().setOptions({ format: 'md' });
    expect(await exports.getState().exportIntoFolder()).toEqual(written);
    expect(desktop.asked).toEqual([
      {
        sessionId: 'a',
        language: 'en',
        format: 'md',
        includeUndecided: false,
        omitSections: [],
        includeNotes: false,
        voterNames: false,
      },
    ]);
    expect(exports.getState().phase).toBe('idle');
  });

  it('hands the report on as a file through the shell (a download, a save dialog), not through the API', async () => {
    const asked: ApiInput<'reports.export'>[] = [];
    const saved = { fileName: '2027-01-15-q1-nl.pdf', path: '/home/anouk/q1.pdf' };
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }), {
      saveReport: async (input) => {
        asked.push(input);
        return saved;
      },
    });
    exports.getState().loadOptions();
    expect(await exports.getState().exportReport()).toEqual(saved);
    expect(asked).toEqual([expect.objectContaining({ sessionId: 'a', format: 'pdf', includeNotes: false })]);
    expect(exports.getState().phase).toBe('idle');
  });

  it('takes a cancelled folder dialog quietly, and a refused write as a message', async () => {
    const cancelled = desktopShell(async () => null);
    const first = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }), cancelled.shell).exports;
    first.getState().loadOptions();
    expect(await first.getState().exportIntoFolder()).toBeNull();
    expect(useNotices.getState().error).toBeNull();

    const refused = desktopShell(async () => {
      throw new ApiError({
        code: 'read-only',
        reason: 'folderNotWritableDenied',
        params: { folder: '/mnt/adr' },
        message: 'Cannot write into /mnt/adr: permission denied',
      });
    });
    const second = stores(session('b', { closedAt: '2026-12-02T10:00:00.000Z' }), refused.shell).exports;
    second.getState().loadOptions();
    expect(await second.getState().exportIntoFolder()).toBeUndefined();
    expect(useNotices.getState().error).toMatchObject({
      reason: 'folderNotWritableDenied',
      params: { folder: '/mnt/adr' },
    });
    expect(second.getState().phase).toBe('idle');
  });
});
