import { timingSafeEqual } from 'node:crypto';

/** The launch token compared in constant time, so its length is all a wrong guess learns. */
export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
