import { describe, expect, it } from 'vitest';
import en from '../resources/locales/en/translation.json' with { type: 'json' };
import nl from '../resources/locales/nl/translation.json' with { type: 'json' };
import { ITEM_KINDS, NODE_TYPES } from './board/kinds.ts';
import { OUTCOME_STATUSES } from './session/schema.ts';

function flatten(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

function keys(tree: object): string[] {
  return flatten(tree).map(([key]) => key);
}

describe('translations', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it('no translation is empty, and placeholders match between the languages', () => {
    const flatEn = Object.fromEntries(flatten(en));
    const flatNl = Object.fromEntries(flatten(nl));
    for (const key of Object.keys(flatEn)) {
      expect(flatEn[key]!.trim(), key).not.toBe('');
      expect(flatNl[key]?.trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
      expect(placeholders(flatNl[key] ?? ''), key).toEqual(placeholders(flatEn[key]!));
    }
  });

  it('no key contains a dot, which i18next would read as nesting', () => {
    const names = (tree: object): string[] =>
      Object.entries(tree).flatMap(([key, value]) => [key, ...(typeof value === 'object' ? names(value) : [])]);
    expect(names(en).filter((name) => name.includes('.'))).toEqual([]);
    expect(names(nl).filter((name) => name.includes('.'))).toEqual([]);
  });

  it('every item kind, node type and outcome status has a label', () => {
    for (const kind of ITEM_KINDS) expect(en.kinds).toHaveProperty(kind);
    for (const type of NODE_TYPES) expect(en.graph.nodeTypes).toHaveProperty(type);
    for (const status of OUTCOME_STATUSES) expect(en.statuses).toHaveProperty(status);
  });
});

describe('audit event names', () => {
  it('every event type has a label in both languages', async () => {
    const { EVENT_TYPES } = await import('./session/events.ts');
    for (const type of EVENT_TYPES) {
      const key = type.replaceAll('.', '_');
      expect(en.events, type).toHaveProperty([key]);
      expect(nl.events, type).toHaveProperty([key]);
    }
  });
});

describe('error reasons', () => {
  it('every reason the back end can give has a sentence in both languages, and no sentence is left over', async () => {
    const { ERROR_REASONS } = await import('./api/errors.ts');
    expect(Object.keys(en.errors).sort()).toEqual([...ERROR_REASONS].sort());
    expect(Object.keys(nl.errors).sort()).toEqual([...ERROR_REASONS].sort());
  });
});
