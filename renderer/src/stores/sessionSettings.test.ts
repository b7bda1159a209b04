import { beforeEach, describe, expect, it } from 'vitest';
import type { fakeBackend } from '../../testing/fakeBackend.ts';
import { openSession } from '../../testing/openSession.ts';
import type { sessionStores } from '../../testing/sessions.ts';
import { storesOnFakeBackend, testSession as session } from '../../testing/sessions.ts';

let backend: ReturnType<typeof fakeBackend>;
let stores: ReturnType<typeof sessionStores>;

beforeEach(() => {
  ({ backend, stores } = storesOnFakeBackend());
});

describe('settings of the session', () => {
  it('come with the session, are shown as soon as they are saved, and are what the back end stored then', async () => {
    await openSession(backend, stores.sessions, session('a'), { settings: { decisionContext: { team: 'new' } } });
    const settings = stores.sessionSettings;
    expect(settings.getState().settings).toEqual({ decisionContext: { team: 'new' } });
    const agenda = { order: ['item-2', 'item-1'], dropped: ['item-3'] };
    const saving = settings.getState().saveSetting({ key: 'agenda', value: agenda });
    expect(settings.getState().settings.agenda).toEqual(agenda);
    expect(await backend.inputOf('sessions.saveSetting')).toEqual({
      sessionId: 'a',
      setting: { key: 'agenda', value: agenda },
    });
    await backend.answer('sessions.saveSetting', { decisionContext: { team: 'new' }, agenda });
    expect(await saving).toBe(true);
  });

  it('go back to what is stored when saving fails', async () => {
    await openSession(backend, stores.sessions, session('a'), {
      settings: { agenda: { order: ['item-1'], dropped: [] } },
    });
    const settings = stores.sessionSettings;
    const saving = settings.getState().saveSetting({ key: 'agenda', value: { order: ['item-2'], dropped: [] } });
    await backend.fail('sessions.saveSetting', new Error('This session is closed; reopen it to make changes'));
    await backend.answer('sessions.settings', { agenda: { order: ['item-1'], dropped: [] } });
    expect(await saving).toBe(false);
    expect(settings.getState().settings.agenda?.order).toEqual(['item-1']);
  });

  it('are not saved for a closed session', async () => {
    await openSession(backend, stores.sessions, session('a', { closedAt: '2026-12-01T12:00:00.000Z' }));
    expect(await stores.sessionSettings.getState().saveSetting({ key: 'decisionContext', value: {} })).toBe(false);
    expect(await backend.pendingMethods()).toBe('none');
  });
});
