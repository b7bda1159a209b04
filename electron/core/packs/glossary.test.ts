import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../../shared/text.ts';
import { RESOURCES_DIR } from '../../testing/fixtures.ts';
import { SHIPPED, loadShipped, textsOf } from '../../testing/shippedBoards.ts';

const perLanguage = z.strictObject({
  nl: z.array(z.string().min(1)).optional(),
  en: z.array(z.string().min(1)).optional(),
});
const glossarySchema = z.strictObject({
  concepts: z.array(
    z.strictObject({
      id: z.string().min(1),
      nl: z.string().min(1),
      en: z.string().min(1),
      avoid: perLanguage,
      except: perLanguage.optional(),
    }),
  ),
  unchanged: z.strictObject({ names: z.array(z.string().min(1)), terms: z.array(z.string().min(1)) }),
});

const glossary = glossarySchema.parse(parse(readFileSync(join(RESOURCES_DIR, 'glossary.yaml'), 'utf8')));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant at the start of a word; Dutch glues words together, so a compound that starts with it counts too. */
function startsWord(variant: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}`, 'iu');
}

/** A term standing as a whole word or phrase. */
function wholeWord(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu');
}

function withoutPhrases(text: string, phrases: readonly string[]): string {
  return phrases.reduce((rest, phrase) => rest.replace(new RegExp(escape(phrase), 'giu'), ' '), text);
}

/** The avoided variants a text uses, as "concept: variant". */
function avoidedIn(text: string, language: Language): string[] {
  return glossary.concepts.flatMap((concept) => {
    const rest = withoutPhrases(text, concept.except?.[language] ?? []);
    return (concept.avoid[language] ?? [])
      .filter((variant) => startsWord(variant).test(rest))
      .map((variant) => `${concept.id}: "${variant}"`);
  });
}

const UNCHANGED = [...glossary.unchanged.names, ...glossary.unchanged.terms].sort((a, b) => b.length - a.length);

/** Acronyms and product names like "RBAC", "CI/CD", "GitOps" or "L3/L4" are names in either language. */
const NAME_LIKE = /\p{Lu}.*\p{Lu}|\p{N}/u;

/** What is left of a text once the names and unchanged terms are taken out. */
function notUnchanged(text: string): string[] {
  const rest = UNCHANGED.reduce((left, term) => left.replace(wholeWord(term), ' '), text);
  return rest
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => /\p{L}/u.test(word))
    .filter((word) => !NAME_LIKE.test(word));
}

describe('the glossary', () => {
  it('has one Dutch and one English term per concept, and no concept twice', () => {
    const ids = glossary.concepts.map((concept) => concept.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const concept of glossary.concepts)
      for (const language of LANGUAGES)
        expect(
          (concept.avoid[language] ?? []).filter(
            (variant) => variant.toLowerCase() === concept[language].toLowerCase(),
          ),
          `${concept.id} avoids its own ${language} term`,
        ).toEqual([]);
  });

  it('finds an avoided variant inside a Dutch compound, and leaves its exceptions alone', () => {
    expect(avoidedIn('Storagemogelijkheden van de provider', 'nl')).toEqual(['storage: "storage"']);
    expect(avoidedIn('standaard storage classes en de StorageClass-interface', 'nl')).toEqual([]);
    expect(avoidedIn('Leveranciersonafhankelijkheid en een audittrail', 'nl')).toEqual([]);
    expect(notUnchanged('Single point of failure: DNS')).toEqual(['Single', 'point', 'of', 'failure']);
    expect(notUnchanged('Harbor (self-hosted)')).toEqual([]);
  });
});

describe('the glossary holds the Dutch terms the boards used in more than one form (issue 23, point 7)', () => {
  /** Per concept: the Dutch term the boards use, and the variants the review found next to it. */
  const SETTLED: Record<string, { nl: string; variants: string[] }> = {
    portability: { nl: 'overdraagbaarheid', variants: ['portabiliteit', 'Vault is portabel'] },
    read_only: { nl: 'alleen-lezen', variants: ['Read-only toegang', 'read-only kubectl'] },
    network_security: { nl: 'netwerkbeveiliging', variants: ['netwerksecurity'] },
    on_call_rotation: { nl: 'on-callrooster', variants: ['on-call-roosters', 'de on-call-rotatie'] },
    vendor_specific: { nl: 'leveranciersspecifiek', variants: ['leverancierspecifieke CI/CD'] },
    resource_limits: { nl: 'resourcelimieten', variants: ['Resource limits per namespace'] },
    drain: { nl: 'leegmaken', variants: ['één node wordt gedraind'] },
  };

  it.each(Object.entries(SETTLED))(
    'has %s with its Dutch term, and catches each variant the review found',
    (id, settled) => {
      const concept = glossary.concepts.find((candidate) => candidate.id === id);
      expect(concept?.nl).toBe(settled.nl);
      for (const variant of settled.variants)
        expect(
          avoidedIn(variant, 'nl').filter((found) => found.startsWith(`${id}:`)),
          variant,
        ).toHaveLength(1);
      expect(avoidedIn(settled.nl, 'nl')).toEqual([]);
    },
  );
});

describe.each(SHIPPED)('shipped board %s follows the glossary', (id) => {
  const texts = textsOf(loadShipped(id));

  it.each(LANGUAGES)('uses no avoided variant of a glossary term in its %s texts', (language) => {
    const found = texts.flatMap((text) =>
      avoidedIn(text[language], language).map((variant) => `${text.path}.${language}: ${variant}`),
    );
    expect(found).toEqual([]);
  });

  it('reads the same in Dutch and English only where the text is names and terms Dutch uses unchanged', () => {
    const same = texts
      .filter((text) => text.nl.trim() === text.en.trim())
      .map((text) => ({ path: text.path, left: notUnchanged(text.nl) }))
      .filter((text) => text.left.length > 0)
      .map((text) => `${text.path}: ${text.left.join(' ')}`);
    expect(same).toEqual([]);
  });
});
