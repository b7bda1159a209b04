import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from './errors.ts';
import { newMiniSession, useMiniCore } from '../testing/miniCore.ts';

const mini = useMiniCore();
const HUGE = 'x'.repeat(1024 * 1024);

/** Each refusal of a huge value from the request, and the param that quotes it. */
const refusals: [string, (sessionId: string) => [string, unknown], string][] = [
  [
    'an unknown item id',
    (sessionId) => ['outcomes.record', { sessionId, itemId: HUGE, changes: { rationale: 'r' } }],
    'item',
  ],
  ['an unknown method', () => [HUGE, {}], 'method'],
  [
    'an unknown board',
    () => ['sessions.create', { boardId: HUGE, title: 't', date: '2026-09-30', facilitator: 'A', language: 'en' }],
    'board',
  ],
];

describe('an error about a value from the request', () => {
  for (const [what, request, param] of refusals) {
    it(`quotes at most a short prefix of ${what}`, async () => {
      const session = await newMiniSession(mini.core);
      const [method, input] = request(session.id);
      const result = await mini.core.dispatch(method, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(JSON.stringify(result.error).length).toBeLessThan(2_000);
      expect(result.error.params?.[param]).toBe(`${'x'.repeat(MAX_QUOTED_CHARS)}…`);
      expect(result.error.message).toContain('x'.repeat(MAX_QUOTED_CHARS));
    });
  }
});
