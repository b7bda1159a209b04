import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, type Allowance, type Finding } from './electronegativity.ts';

const finding = (id: string, severity: string, file = 'main/index.js'): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file,
  line: 1,
  description: id,
});
const allow = (id: string, count = 1, file = 'main/index.js'): Allowance => ({ id, file, count, reason: 'why' });

describe('judging Electronegativity findings', () => {
  it('lets an explained medium finding pass and prints low ones', () => {
    const verdict = judge(
      [finding('PRELOAD_JS_CHECK', 'MEDIUM'), finding('CSP_GLOBAL_CHECK', 'LOW')],
      [allow('PRELOAD_JS_CHECK')],
    );
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.minor.map((minor) => minor.id)).toEqual(['CSP_GLOBAL_CHECK']);
  });

  it('fails an unexplained high or medium finding, and one in another file than allowed', () => {
    const verdict = judge(
      [finding('NODE_INTEGRATION_JS_CHECK', 'HIGH'), finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/other.js')],
      [allow('PRELOAD_JS_CHECK')],
    );
    expect(verdict.unexplained.map((unexplained) => unexplained.id)).toEqual([
      'NODE_INTEGRATION_JS_CHECK',
      'PRELOAD_JS_CHECK',
    ]);
  });

  it('fails an allowance that no longer fits what is found', () => {
    expect(judge([], [allow('PRELOAD_JS_CHECK')]).stale).toEqual([{ allowance: allow('PRELOAD_JS_CHECK'), found: 0 }]);
    const twice = [finding('PRELOAD_JS_CHECK', 'MEDIUM'), finding('PRELOAD_JS_CHECK', 'MEDIUM')];
    expect(judge(twice, [allow('PRELOAD_JS_CHECK')]).stale).toHaveLength(1);
  });

  it('has a reason for every entry of the allow-list', () => {
    const list = JSON.parse(
      readFileSync(join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8'),
    ) as Allowance[];
    for (const entry of list) expect(entry.reason.length, entry.id).toBeGreaterThan(40);
  });
});
