import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN, withoutSoftHyphens } from './hyphenate.ts';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '-');

describe('hyphenate', () => {
  it('puts soft hyphens where the Dutch and English patterns allow a break, and nothing else', () => {
    expect(shown(hyphenate('Leveranciersonafhankelijkheid', 'nl'))).toBe('Le-ve-ran-ciers-on-af-han-ke-lijk-heid');
    expect(shown(hyphenate('Maintainability matters', 'en'))).toBe('Main-tain-ab-il-ity mat-ters');
    expect(withoutSoftHyphens(hyphenate('Geëscaleerd, uitgesteld en besloten', 'nl'))).toBe(
      'Geëscaleerd, uitgesteld en besloten',
    );
  });

  it('leaves words shorter than six letters whole, and those shorter than `shortest` when it is given', () => {
    expect(hyphenate('Open taak', 'nl')).toBe('Open taak');
    expect(shown(hyphenate('Eigenaar databaseschemamigraties', 'nl'))).toBe(
      'Ei-ge-naar da-ta-ba-se-sche-ma-mi-gra-ties',
    );
    expect(shown(hyphenate('Eigenaar databaseschemamigraties', 'nl', 14))).toBe(
      'Eigenaar da-ta-ba-se-sche-ma-mi-gra-ties',
    );
  });

  it('gives a run of letters the patterns leave whole a break point at least every 16 letters', () => {
    const pieces = hyphenate('x'.repeat(40), 'en').split(SOFT_HYPHEN);
    expect(pieces.join('')).toBe('x'.repeat(40));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(16);
  });
});
