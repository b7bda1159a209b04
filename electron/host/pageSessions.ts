import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * How a browser tab gets in without a reusable secret in its address: the host prints an address
 * with a one-time code (`#code=…`); the page trades it (POST /session) for a session cookie that
 * is HttpOnly, SameSite=Strict, for this host only. What the browser keeps in its history is a spent
 * code. Everything lives in memory: a restart of the host invalidates every code and session.
 */
export interface PageSessions {
  /** A new one-time code, good for one exchange. */
  newCode(): string;
  /** Spends the code; the new session's id, or undefined when the code is unknown or spent. */
  exchange(code: string): string | undefined;
  /** Whether the request carries a session cookie of this host's. */
  admits(request: IncomingMessage, port: number): boolean;
  /** The Set-Cookie header for a session. */
  cookieFor(session: string, port: number): string;
}

/** One name per port: two hosts on 127.0.0.1 would otherwise overwrite each other's cookie. */
export const cookieName = (port: number) => `boardwalk-session-${port}`;

const secret = () => randomBytes(24).toString('base64url');

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function createPageSessions(): PageSessions {
  const codes = new Set<string>();
  const sessions = new Set<string>();
  return {
    newCode() {
      const code = secret();
      codes.add(code);
      return code;
    },
    exchange(code) {
      if (!codes.delete(code)) return undefined;
      const session = secret();
      sessions.add(session);
      return session;
    },
    admits(request, port) {
      const session = cookieValue(request, cookieName(port));
      return session !== undefined && sessions.has(session);
    },
    cookieFor(session, port) {
      // No Domain: the cookie goes back to this host (127.0.0.1) only. No Expires: it ends with the browser.
      return `${cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    },
  };
}
