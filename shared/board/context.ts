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
