import type { LocalizedText } from '../text.ts';
import type { ContextRule } from './schema.ts';

/** The values chosen so far, by variable id; a variable not chosen yet is simply absent. */
export type ContextChoice = Readonly<Record<string, string | undefined>>;

/**
 * The rules that apply to a context: every variable a rule names must be chosen, with one of the
 * values the rule lists. Declarative data only; nothing from a board is ever run as code.
 */
export function applicableRules(rules: readonly ContextRule[], choice: ContextChoice): ContextRule[] {
  return rules.filter((rule) =>
    Object.entries(rule.when).every(([variable, values]) => {
      const chosen = choice[variable];
      return chosen !== undefined && values.includes(chosen);
    }),
  );
}

/** One recommendation that follows from a context, with every reason and alternative its rules give, each once. */
export interface Recommendation {
  recommend: LocalizedText;
  ruleIds: string[];
  rationales: LocalizedText[];
  alternatives: LocalizedText[];
}

function addOnce(list: LocalizedText[], text: LocalizedText): void {
  if (!list.some((known) => known.nl === text.nl && known.en === text.en)) list.push(text);
}

/**
 * The recommendations that follow from a context, each once: several rules that recommend the
 * same thing (Argo CD for an audit trail, and again for self-service) are one recommendation with
 * the reasons of both.
 */
export function recommendationsFor(rules: readonly ContextRule[], choice: ContextChoice): Recommendation[] {
  const byText = new Map<string, Recommendation>();
  for (const rule of applicableRules(rules, choice)) {
    const key = `${rule.recommend.nl}\u0000${rule.recommend.en}`;
    let recommendation = byText.get(key);
    if (!recommendation) {
      recommendation = { recommend: rule.recommend, ruleIds: [], rationales: [], alternatives: [] };
      byText.set(key, recommendation);
    }
    recommendation.ruleIds.push(rule.id);
    addOnce(recommendation.rationales, rule.rationale);
    rule.alternatives.forEach((alternative) => addOnce(recommendation.alternatives, alternative));
  }
  return [...byText.values()];
}
