import { describe, expect, it } from 'vitest';
import { applicableRules } from './context.ts';
import type { ContextRule } from './schema.ts';

const text = (en: string) => ({ nl: en, en });
const rule = (id: string, when: Record<string, string[]>): ContextRule => ({
  id,
  when,
  recommend: text(`use ${id}`),
  rationale: text('because'),
  alternatives: [],
  refs: [],
});

const rules = [
  rule('cilium', { team_experience: ['experienced'], network_policies: ['yes'] }),
  rule('calico', { team_experience: ['none', 'some'] }),
  rule('managed_db', { db_expertise: ['no'] }),
];

describe('decision tree rules', () => {
  it('apply when every variable they name has one of their values', () => {
    const ids = applicableRules(rules, {
      team_experience: 'experienced',
      network_policies: 'yes',
      db_expertise: 'no',
    }).map((r) => r.id);
    expect(ids).toEqual(['cilium', 'managed_db']);
  });

  it('do not apply while a variable they need is not chosen', () => {
    expect(applicableRules(rules, { team_experience: 'experienced' }).map((r) => r.id)).toEqual([]);
    expect(applicableRules(rules, {})).toEqual([]);
  });

  it('accept any of several listed values', () => {
    expect(applicableRules(rules, { team_experience: 'some' }).map((r) => r.id)).toEqual(['calico']);
  });
});
