import { describe, expect, it } from 'vitest';
import { translatedTemplate } from './translatedTemplate.ts';

// A stand-in for i18next: fills {{name}} blanks the way it does.
const sentences: Record<string, string> = { edge: '{{from}} {{kind}} {{to}}', reversed: '{{to}} — {{from}}' };
const t = (key: string, values: Record<string, string>) =>
  sentences[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

describe('a translated template', () => {
  it('gives what the translation itself gives, in the order the language puts the blanks', () => {
    const edge = translatedTemplate((values) => t('edge', values), ['from', 'kind', 'to']);
    expect(edge({ from: 'Zero downtime', kind: 'leads to', to: 'Rolling updates' })).toBe(
      t('edge', { from: 'Zero downtime', kind: 'leads to', to: 'Rolling updates' }),
    );
    const reversed = translatedTemplate((values) => t('reversed', values), ['from', 'to']);
    expect(reversed({ from: 'A', to: 'B' })).toBe('B — A');
  });

  it('leaves text that looks like a blank or a marker as it is', () => {
    const edge = translatedTemplate((values) => t('edge', values), ['from', 'kind', 'to']);
    expect(edge({ from: '{{to}}', kind: '$1', to: '\u00010\u0001' })).toBe('{{to}} $1 \u00010\u0001');
  });
});
