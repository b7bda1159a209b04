import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/session/schema.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { testSession } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { createExportStore } from './exports.ts';
import { useNotices } from './notices.ts';
import { createSessionStore } from './session.ts';

let backend: ReturnType<typeof fakeBackend>;

/** The exports follow the session's report language: English here, unlike the UI's default. */
const session = (id: string, extra: Partial<Session> = {}) => testSession(id, { language: 'en', ...extra });

function stores(current: Session) {
  const boards = createBoardStore(backend.api, memoryInTests());
  const sessions = createSessionStore(backend.api, memoryInTests(), boards);
  sessions.setState({ current, sessions: [current] });
  return { sessions, exports: createExportStore(backend.api, sessions) };
}

const FILE = { fileName: 'r.pdf', mimeType: 'application/pdf', base64: 'JVBERg==' };

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

describe('the export dialog', () => {
  it("starts from the session's language and leaves undecided items out, when nothing was saved", async () => {
    const { exports } = stores(session('a', { language: 'nl' }));
    const loading = exports.getState().loadOptions();
    await backend.answer('sessions.settings', {});
    await loading;
    expect(exports.getState().options).toEqual({
      language: 'nl',
      format: 'pdf',
      includeUndecided: false,
      omitSections: [],
    });
  });

  it('remembers the options per session: what was used last comes back', async () => {
    const { exports } = stores(session('a'));
    const saved = { language: 'nl', format: 'md', includeUndecided: true, omitSections: ['audit'] };
    const loading = exports.getState().loadOptions();
    await backend.answer('sessions.settings', { exportOptions: saved });
    await loading;
    expect(exports.getState().options).toEqual(saved);
  });

  it('saves what was typed first, then the options, then builds the report, showing each step', async () => {
    const { sessions, exports } = stores(session('a'));
    const loading = exports.getState().loadOptions();
    await backend.answer('sessions.settings', {});
    await loading;
    exports.getState().setOptions({ language: 'nl', format: 'csv', omitSections: ['risks'] });
    sessions.getState().setPendingDraft({
      itemId: 'item-1',
      changes: {
        status: 'decided',
        chosenOption: null,
        rationale: 'typed',
        owner: '',
        dueDate: null,
        reviewDate: null,
        checklist: {},
        notes: '',
      },
    });
    const exporting = exports.getState().exportReport();
    expect(exports.getState().phase).toBe('saving');
    expect(await backend.pendingMethods()).toBe('outcomes.record');
    await backend.answer('outcomes.record', { sessionId: 'a', itemId: 'item-1' });
    expect(await backend.inputOf('sessions.saveSetting')).toEqual({
      sessionId: 'a',
      setting: {
        key: 'exportOptions',
        value: { language: 'nl', format: 'csv', includeUndecided: false, omitSections: ['risks'] },
      },
    });
    await backend.answer('sessions.saveSetting', {});
    expect(exports.getState().phase).toBe('building');
    expect(await backend.inputOf('reports.export')).toEqual({
      sessionId: 'a',
      language: 'nl',
      format: 'csv',
      includeUndecided: false,
      omitSections: ['risks'],
    });
    await backend.answer('reports.export', FILE);
    expect(await exporting).toEqual(FILE);
    expect(exports.getState().phase).toBe('idle');
  });

  it('exports a closed session without trying to change it', async () => {
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }));
    const loading = exports.getState().loadOptions();
    await backend.answer('sessions.settings', {});
    await loading;
    const exporting = exports.getState().exportReport();
    expect(await backend.pendingMethods()).toBe('reports.export');
    await backend.answer('reports.export', FILE);
    expect(await exporting).toEqual(FILE);
  });

  it('ignores options that arrive for a session that is no longer current', async () => {
    const { sessions, exports } = stores(session('a'));
    const loading = exports.getState().loadOptions();
    sessions.setState({ current: session('b') });
    await backend.answer('sessions.settings', {
      exportOptions: { language: 'nl', format: 'json', includeUndecided: true, omitSections: [] },
    });
    await loading;
    expect(exports.getState().options).toBeNull();
  });

  it('shows a failed export as a message and is ready for the next one', async () => {
    const { exports } = stores(session('a', { closedAt: '2026-12-02T10:00:00.000Z' }));
    const loading = exports.getState().loadOptions();
    await backend.answer('sessions.settings', {});
    await loading;
    const exporting = exports.getState().exportReport();
    await backend.fail('reports.export', new Error('No Chromium found to print the PDF'));
    expect(await exporting).toBeUndefined();
    expect(useNotices.getState().error).toBe('No Chromium found to print the PDF');
    expect(exports.getState().phase).toBe('idle');
  });
});
