import { describe, expect, it } from 'vitest';
import type { PresenterState } from '../../shared/live.ts';
import { createLiveChannel } from './presenterChannel.ts';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';

const STATE: PresenterState = {
  sessionId: null,
  boardId: 'fixture-mini',
  boardHash: 'hash',
  itemId: 'deploy_tool_choice',
  language: 'nl',
  timer: { allottedSeconds: 600, spentSeconds: 30, running: false },
  status: 'open',
  votes: { Bram: 'flux' },
  participants: ['Bram'],
  progress: { total: 2, decided: 0, deferred: 0 },
};

describe('the presenter channel through the API', () => {
  const mini = useMiniCore();

  it('holds the newest published state for a presenter that opens late, and tells followers', async () => {
    expect(await call(mini.core, 'live.current', {})).toBeNull();
    const seen: PresenterState[] = [];
    mini.core.live.subscribe((state) => seen.push(state));
    await call(mini.core, 'live.publish', STATE);
    expect(await call(mini.core, 'live.current', {})).toEqual(STATE);
    expect(seen).toEqual([STATE]);
  });

  it('refuses a state of the wrong shape and keeps the last good one', async () => {
    await call(mini.core, 'live.publish', STATE);
    expect(await failure(mini.core, 'live.publish', { ...STATE, language: 'fr' })).toBe('bad-request');
    expect(await failure(mini.core, 'live.publish', { ...STATE, timer: { allottedSeconds: -1 } })).toBe('bad-request');
    expect(await call(mini.core, 'live.current', {})).toEqual(STATE);
  });
});

describe('the live channel', () => {
  it('keeps delivering to the others when one follower fails, and stops delivering after unsubscribing', () => {
    const live = createLiveChannel();
    const seen: string[] = [];
    live.subscribe(() => {
      throw new Error('window closed');
    });
    const stop = live.subscribe((state) => seen.push(state.itemId ?? ''));
    live.publish(STATE);
    stop();
    live.publish({ ...STATE, itemId: 'other' });
    expect(seen).toEqual(['deploy_tool_choice']);
  });
});
