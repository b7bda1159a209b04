import type { ParticipantView, RoomRefusal } from '../../shared/room.ts';

/** The participant's four calls to the room listener that served this page; nothing else is reachable. */
export interface Refusal {
  reason: RoomRefusal | 'unreachable';
  params?: Record<string, number>;
}

type Answer<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

async function post<T>(path: string, body: unknown, credential?: string): Promise<Answer<{ value: T }>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as {
      ok: boolean;
      value?: T;
      reason?: RoomRefusal;
      params?: Record<string, number>;
    };
    if (answer.ok) return { ok: true, value: answer.value as T };
    return { ok: false, refusal: { reason: answer.reason ?? 'badRequest', params: answer.params } };
  } catch {
    return { ok: false, refusal: { reason: 'unreachable' } };
  }
}

export async function joinRoom(
  code: string,
  name: string,
): Promise<Answer<{ credential: string; view: ParticipantView }>> {
  const answer = await post<{ credential: string; view: ParticipantView }>('/join', { code, name });
  return answer.ok ? { ok: true, ...answer.value } : answer;
}

export async function voteInRoom(credential: string, choice: string): Promise<Answer<{ view: ParticipantView }>> {
  const answer = await post<ParticipantView>('/vote', { choice }, credential);
  return answer.ok ? { ok: true, view: answer.value } : answer;
}

export async function leaveRoom(credential: string): Promise<void> {
  await post('/leave', {}, credential);
}

/** A refused stream: gone (410) or never known (401). */
export function refusalOf(status: number): Refusal {
  return { reason: status === 410 ? 'roomClosed' : 'notJoined' };
}

interface FollowHandlers {
  onView(view: ParticipantView): void;
  onRefused(status: number): void;
  onDropped(): void;
  /** False once the page no longer wants the stream (left, closed, removed). */
  stillWanted(): boolean;
}

const RECONNECT_MS = 2_000;

/**
 * Follows the facilitator through the listener's event stream, read with fetch so the credential
 * travels in a header, never in a URL. A dropped stream is opened again after a pause.
 */
export function followRoom(credential: string, handlers: FollowHandlers): void {
  const again = () => {
    if (!handlers.stillWanted()) return;
    handlers.onDropped();
    setTimeout(() => followRoom(credential, handlers), RECONNECT_MS);
  };
  void (async () => {
    let response: Response;
    try {
      response = await fetch('/follow', { headers: { authorization: `Bearer ${credential}` } });
    } catch {
      return again();
    }
    if (response.status === 401 || response.status === 410) return handlers.onRefused(response.status);
    if (!response.ok || !response.body) return again();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (block.startsWith('data: ')) handlers.onView(JSON.parse(block.slice(6)) as ParticipantView);
        }
      }
    } catch {
      // The connection broke; opened again below if still wanted.
    }
    again();
  })();
}
