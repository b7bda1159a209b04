import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import type { PresenterState } from '../../../shared/live.ts';
import type { Shell } from '../api/client.ts';
import { fakeBackend } from '../../testing/fakeBackend.ts';
import { createPresenterLinkStore } from './presenterLink.ts';
import { useNotices } from './notices.ts';

const STATE: PresenterState = {
  sessionId: null,
  boardId: 'board',
  boardHash: 'hash',
  itemId: 'i1',
  language: 'nl',
  timer: null,
  status: 'open',
  votes: {},
  participants: [],
  progress: { total: 1, decided: 0, deferred: 0 },
};

let backend: ReturnType<typeof fakeBackend>;
let feed: { listener: (state: PresenterState) => void; onLost: () => void; stopped: boolean } | null;
const shell: Shell = {
  openPresenter: async () => {},
  followLive: (listener, onLost) => {
    feed = { listener, onLost, stopped: false };
    const mine = feed;
    return () => void (mine.stopped = true);
  },
};

beforeEach(() => {
  backend = fakeBackend();
  feed = null;
  useNotices.setState({ restarted: false, error: null });
});

describe('the facilitator publishing', () => {
  it('sends a state once, and again only when something changed', async () => {
    const live = createPresenterLinkStore(backend.api, shell);
    const first = live.getState().publish(STATE);
    await backend.answer('live.publish', { ok: true });
    await first;
    await live.getState().publish({ ...STATE });
    expect(await backend.count('live.publish')).toBe(0);
    const second = live.getState().publish({ ...STATE, itemId: 'i2' });
    expect(await backend.inputOf('live.publish')).toMatchObject({ itemId: 'i2' });
    await backend.answer('live.publish', { ok: true });
    await second;
  });
});

describe('the presenter following', () => {
  it('starts from the newest state, then takes every state the feed brings', async () => {
    let now = 5;
    const live = createPresenterLinkStore(backend.api, shell, () => now);
    const stop = live.getState().follow();
    await backend.answer('live.current', STATE);
    expect(live.getState()).toMatchObject({ followed: { itemId: 'i1' }, receivedAt: 5 });
    now = 9;
    feed!.listener({ ...STATE, itemId: 'i2' });
    expect(live.getState()).toMatchObject({ followed: { itemId: 'i2' }, receivedAt: 9 });
    stop();
    expect(feed!.stopped).toBe(true);
  });

  it('never lets the first answer overwrite a newer state the feed brought meanwhile', async () => {
    const live = createPresenterLinkStore(backend.api, shell);
    live.getState().follow();
    feed!.listener({ ...STATE, itemId: 'newer' });
    await backend.answer('live.current', STATE);
    expect(live.getState().followed?.itemId).toBe('newer');
  });

  it('says the app was restarted when the host refuses the token', async () => {
    const live = createPresenterLinkStore(backend.api, shell);
    live.getState().follow();
    await backend.answer('live.current', null);
    feed!.onLost();
    await backend.fail(
      'live.current',
      new ApiError({ code: 'wrong-token', reason: 'wrongToken', message: 'Wrong token' }),
    );
    expect(useNotices.getState().restarted).toBe(true);
  });
});
