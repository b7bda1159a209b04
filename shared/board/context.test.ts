import { describe, expect, it } from 'vitest';
import { applicableRules, recommendationsFor } from './context.ts';
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

describe('recommendations that follow from a context', () => {
  const same = (id: string, when: Record<string, string[]>, rationale: string, alternative: string): ContextRule => ({
    ...rule(id, when),
    recommend: text('Argo CD'),
    rationale: text(rationale),
    alternatives: [text(alternative)],
  });
  const argo = [
    same('audit', { audit_trail: ['yes'] }, 'UI, RBAC and audit trail.', 'Flux'),
    same('self_service', { self_service: ['yes'] }, 'UI, RBAC and audit trail.', 'Flux'),
    same('other_reason', { self_service: ['yes'] }, 'Teams deploy themselves.', 'Flux without a UI'),
  ];

  it('name each recommendation once, with the rules that lead to it and every reason once', () => {
    const found = recommendationsFor([...argo, rules[2]!], {
      audit_trail: 'yes',
      self_service: 'yes',
      db_expertise: 'no',
    });
    expect(found.map((entry) => entry.recommend.en)).toEqual(['Argo CD', 'use managed_db']);
    expect(found[0]!.ruleIds).toEqual(['audit', 'self_service', 'other_reason']);
    expect(found[0]!.rationales.map((reason) => reason.en)).toEqual([
      'UI, RBAC and audit trail.',
      'Teams deploy themselves.',
    ]);
    expect(found[0]!.alternatives.map((alternative) => alternative.en)).toEqual(['Flux', 'Flux without a UI']);
  });

  it('follow only from rules that apply', () => {
    expect(recommendationsFor(argo, { audit_trail: 'yes' })[0]!.ruleIds).toEqual(['audit']);
    expect(recommendationsFor(argo, {})).toEqual([]);
  });
});
