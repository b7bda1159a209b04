import { request, type Agent, type IncomingMessage } from 'node:http';
import type { ParticipantView } from '../../shared/room.ts';

/** Every room in a test or bench listens here and nowhere else. */
export const ROOM_TEST_ADDRESS = '127.0.0.1';

export interface RoomAnswer<T = unknown> {
  status: number;
  body: { ok: boolean; value?: T; reason?: string; params?: Record<string, number> };
}

export interface ClientOptions {
  port: number;
  /** The source address on the loopback (127.0.0.2 …): the room tells devices apart by it. */
  from?: string;
  credential?: string;
  host?: string;
  origin?: string;
  /** A keep-alive agent, as a phone's browser keeps its connection; a new connection per call without. */
  agent?: Agent;
}

/** One request to the room listener on 127.0.0.1, answered with its status and JSON body. */
export function roomCall<T = unknown>(
  options: ClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<RoomAnswer<T>> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: ROOM_TEST_ADDRESS,
        port: options.port,
        localAddress: options.from,
        method,
        path,
        agent: options.agent ?? false,
        headers: {
          host: options.host ?? `${ROOM_TEST_ADDRESS}:${options.port}`,
          ...(options.origin ? { origin: options.origin } : {}),
          ...(options.credential ? { authorization: `Bearer ${options.credential}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as RoomAnswer<T>['body'] });
          } catch {
            resolve({ status: response.statusCode ?? 0, body: { ok: false, reason: text } });
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export async function joinRoom(options: ClientOptions, code: string, name: string) {
  const answer = await roomCall<{ credential: string; view: ParticipantView }>(options, 'POST', '/join', {
    code,
    name,
  });
  if (!answer.body.ok || !answer.body.value) throw new Error(`join refused: ${JSON.stringify(answer.body)}`);
  return answer.body.value;
}

export interface FollowedStream {
  views: ParticipantView[];
  /** Everything the stream carried, as text. */
  raw(): string;
  ended: Promise<void>;
  /** Resolves with the first view (from now on or already received) that passes the test. */
  next(test: (view: ParticipantView) => boolean): Promise<ParticipantView>;
  close(): void;
}

/** A participant's event stream, collected as it comes. */
export function followRoom(options: ClientOptions): Promise<FollowedStream> {
  return new Promise((resolve, reject) => {
    const views: ParticipantView[] = [];
    const waiting: { test: (view: ParticipantView) => boolean; done: (view: ParticipantView) => void }[] = [];
    let raw = '';
    let buffered = '';
    let ended!: () => void;
    const endedPromise = new Promise<void>((done) => (ended = done));
    const outgoing = request(
      {
        host: ROOM_TEST_ADDRESS,
        port: options.port,
        localAddress: options.from,
        path: '/follow',
        agent: false,
        headers: {
          host: `${ROOM_TEST_ADDRESS}:${options.port}`,
          authorization: `Bearer ${options.credential}`,
        },
      },
      (response: IncomingMessage) => {
        if (response.statusCode !== 200) {
          response.resume();
          return reject(new Error(`follow refused with ${response.statusCode}`));
        }
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          raw += chunk;
          buffered += chunk;
          let end: number;
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            if (!block.startsWith('data: ')) continue;
            const view = JSON.parse(block.slice(6)) as ParticipantView;
            views.push(view);
            for (const waiter of waiting.splice(0)) {
              if (waiter.test(view)) waiter.done(view);
              else waiting.push(waiter);
            }
          }
        });
        response.on('end', ended);
        response.on('close', ended);
        resolve({
          views,
          raw: () => raw,
          ended: endedPromise,
          next: (test) =>
            new Promise((done) => {
              const found = views.find(test);
              if (found) done(found);
              else waiting.push({ test, done });
            }),
          close: () => outgoing.destroy(),
        });
      },
    );
    outgoing.on('error', (error) => {
      ended();
      reject(error);
    });
    outgoing.end();
  });
}
