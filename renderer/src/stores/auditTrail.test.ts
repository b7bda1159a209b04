import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBackend } from '../../testing/fakeBackend.ts';
import { createAuditTrailStore, EVENT_PAGE } from './auditTrail.ts';
import { useNotices } from './notices.ts';

let backend: ReturnType<typeof fakeBackend>;

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

describe('the audit view', () => {
  it('keeps the events of the filter chosen last', async () => {
    const trail = createAuditTrailStore(backend.api);
    const all = trail.getState().loadEvents('s', null);
    const one = trail.getState().loadEvents('s', 'item-1');
    await backend.answer('events.list', [{ id: 2 }], { itemId: 'item-1' });
    await one;
    await backend.answer('events.list', [{ id: 1 }, { id: 2 }]);
    await all;
    expect(trail.getState().eventsFor).toEqual({ sessionId: 's', itemId: 'item-1' });
    expect(trail.getState().events).toEqual([{ id: 2 }]);
  });
});

describe('the audit trail in pages', () => {
  const page = (from: number, count: number) => Array.from({ length: count }, (_, k) => ({ id: from + k }));

  it('reads a long trail page by page after the last event read, until a page comes back short', async () => {
    const trail = createAuditTrailStore(backend.api);
    const first = trail.getState().loadEvents('s', null);
    expect(await backend.inputOf('events.list')).toEqual({ sessionId: 's', itemId: undefined, limit: EVENT_PAGE });
    await backend.answer('events.list', page(1, EVENT_PAGE));
    await first;
    expect(trail.getState().eventsComplete).toBe(false);
    const more = trail.getState().loadMoreEvents();
    void trail.getState().loadMoreEvents();
    expect(await backend.count('events.list')).toBe(1);
    expect((await backend.inputOf('events.list')).after).toBe(EVENT_PAGE);
    await backend.answer('events.list', page(EVENT_PAGE + 1, 5));
    await more;
    expect(trail.getState().events.map((event) => event.id)).toEqual(page(1, EVENT_PAGE + 5).map((e) => e.id));
    expect(trail.getState().eventsComplete).toBe(true);
    await trail.getState().loadMoreEvents();
    expect(await backend.count('events.list')).toBe(0);
  });

  it('drops a further page of a trail once another trail was asked for', async () => {
    const trail = createAuditTrailStore(backend.api);
    const first = trail.getState().loadEvents('s', null);
    await backend.answer('events.list', page(1, EVENT_PAGE));
    await first;
    const more = trail.getState().loadMoreEvents();
    const other = trail.getState().loadEvents('s', 'item-1');
    await backend.answer('events.list', [{ id: 7 }], { itemId: 'item-1' });
    await other;
    await backend.answer('events.list', page(EVENT_PAGE + 1, 3));
    await more;
    expect(trail.getState().events).toEqual([{ id: 7 }]);
    expect(trail.getState().eventsFor).toEqual({ sessionId: 's', itemId: 'item-1' });
  });
});
