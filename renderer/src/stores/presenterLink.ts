import { create } from 'zustand';
import type { BoardwalkApi } from '../../../shared/api/contract.ts';
import type { PresenterState } from '../../../shared/live.ts';
import type { Shell } from '../api/client.ts';
import { attempt } from './attempt.ts';

const RETRY_MS = 2_000;

export interface PresenterLinkState {
  /** In the presenter view: the facilitator's state as last received, and when (ms) it arrived. */
  followed: PresenterState | null;
  receivedAt: number;
  /** The facilitator's screen: tells presenter views where the room is (only when something changed). */
  publish: (state: PresenterState) => Promise<void>;
  openPresenter: () => Promise<void>;
  /** The presenter view: follows the facilitator until the returned function is called. */
  follow: () => () => void;
}

/** The link between the facilitator's screen and the presenter views that follow it. */
export function createPresenterLinkStore(api: BoardwalkApi, shell: Shell, clock: () => number = Date.now) {
  let lastPublished = '';
  return create<PresenterLinkState>((set) => {
    const receive = (state: PresenterState | null | undefined) => {
      if (state) set({ followed: state, receivedAt: clock() });
    };
    return {
      followed: null,
      receivedAt: 0,
      publish: async (state) => {
        const text = JSON.stringify(state);
        if (text === lastPublished) return;
        lastPublished = text;
        const done = await attempt(() => api['live.publish'](state));
        // Not delivered: the same state is sent again next time.
        if (!done) lastPublished = '';
      },
      openPresenter: async () => {
        await attempt(() => shell.openPresenter());
      },
      follow: () => {
        let stopped = false;
        let stopFeed = () => {};
        let retry: ReturnType<typeof setTimeout> | undefined;
        const connect = () => {
          if (stopped) return;
          // The newest state first (the facilitator may have moved on before this view opened), unless
          // the feed was quicker: then this answer is as old as the feed's first state, or older.
          let fed = false;
          void attempt(() => api['live.current']({})).then((state) => {
            if (!fed) receive(state);
          });
          stopFeed = shell.followLive(
            (state) => {
              fed = true;
              receive(state);
            },
            () => {
              stopFeed();
              // A refused token shows as the restart notice (through attempt); anything else is retried.
              void attempt(() => api['live.current']({})).then((state) => {
                if (state === undefined) return;
                receive(state);
                retry = setTimeout(connect, RETRY_MS);
              });
            },
          );
        };
        connect();
        return () => {
          stopped = true;
          clearTimeout(retry);
          stopFeed();
        };
      },
    };
  });
}

export type PresenterLinkStore = ReturnType<typeof createPresenterLinkStore>;
