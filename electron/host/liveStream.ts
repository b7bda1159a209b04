import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { errorBody, type LiveChannel } from '../core/index.ts';

/** The presenter's push channel: Server-Sent Events on `GET /live`, let in by the tab's session cookie. */
export const LIVE_PATH = '/live';

export const LIVE_LIMITS = {
  /** A projector tab or two per facilitator; each stream holds one of the host's connections. */
  maxStreams: 8,
  /** A comment line now and then, so a dropped connection is noticed on both ends. */
  heartbeatMs: 15_000,
};

type Refuse = (response: ServerResponse, status: number, error: ApiErrorBody) => void;

/** A request refused for what it is, not for anything stored: the detail is for whoever sent it. */
export const refusal = (detail: string) => errorBody('bad-request', 'requestRefused', { detail });

function event(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** Open event streams, each following the live channel until its client goes away or the host stops. */
export function createLiveStreams(
  live: Pick<LiveChannel, 'subscribe' | 'current'>,
  /** Whether the request may follow: the page's session cookie (or, for tests, the launch token). */
  isAllowed: (request: IncomingMessage) => boolean,
  refuse: Refuse,
  limits: Partial<typeof LIVE_LIMITS> = {},
) {
  const { maxStreams, heartbeatMs } = { ...LIVE_LIMITS, ...limits };
  const open = new Set<ServerResponse>();

  function follow(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    // The browser reconnects by itself after a drop; two seconds keeps a projector close behind.
    response.write('retry: 2000\n\n');
    const current = live.current();
    if (current) response.write(event(current));
    const stop = live.subscribe((state) => response.write(event(state)));
    const heartbeat = setInterval(() => response.write(': still here\n\n'), heartbeatMs);
    heartbeat.unref();
    open.add(response);
    const end = () => {
      stop();
      clearInterval(heartbeat);
      open.delete(response);
    };
    response.on('close', end);
    request.on('error', end);
  }

  return {
    answer(request: IncomingMessage, response: ServerResponse): void {
      if (request.method !== 'GET') return refuse(response, 405, refusal('use GET'));
      if (!isAllowed(request)) return refuse(response, 401, errorBody('wrong-token', 'wrongToken'));
      if (open.size >= maxStreams) return refuse(response, 503, refusal('too many presenter views are open'));
      follow(request, response);
    },
    get openCount(): number {
      return open.size;
    },
  };
}
