import { describe, expect, it } from 'vitest';
import { translator } from '../translator.ts';
import { reportTranslator } from './reportTranslator.ts';

type Words = (key: string, options?: Record<string, unknown>) => string;

describe('reportTranslator', () => {
  it('gives the words i18next gives, with plain options and plurals, asked once or many times', () => {
    const cached = reportTranslator('nl') as unknown as Words;
    const plain = translator('nl') as unknown as Words;
    const calls: [string, Record<string, unknown>?][] = [
      ['report.title'],
      ['report.generated', { date: '15 januari 2027' }],
      ['report.generated', { date: '16 januari 2027' }],
      ['report.blockingOpen', { count: 1, number: '1' }],
      ['report.blockingOpen', { count: 3, number: '3' }],
      ['report.title'],
    ];
    for (const [key, options] of calls) expect(cached(key, options)).toBe(plain(key, options));
    expect(cached('report.generated', { date: '16 januari 2027' })).toContain('16 januari 2027');
  });

  it('keeps each language its own', () => {
    expect(reportTranslator('en')('report.title')).toBe(translator('en')('report.title'));
    expect(reportTranslator('en')('report.title')).not.toBe(reportTranslator('nl')('report.title'));
  });
});
