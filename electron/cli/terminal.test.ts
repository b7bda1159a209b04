import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from './terminal.ts';

describe('text for the terminal', () => {
  it('shows escape sequences, C1 controls and bidi overrides as visible escapes', () => {
    expect(forTerminal('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(forTerminal('title\u001b]0;pwned\u0007')).toBe('title\\u001b]0;pwned\\u0007');
    expect(forTerminal('csi\u009b31m')).toBe('csi\\u009b31m');
    expect(forTerminal('abc\u202edcba\u2066x\u2069')).toBe('abc\\u202edcba\\u2066x\\u2069');
    expect(forTerminal('one\nline\rtwo')).toBe('one\\u000aline\\u000dtwo');
  });

  it('leaves ordinary text alone, accents, tabs and right-to-left letters included', () => {
    const text = 'Één keuze\tvoor Argo CD — שלום 🙂';
    expect(forTerminal(text)).toBe(text);
  });

  it('writes JSON that parses to the same value and prints no control character', () => {
    const value = { note: 'x\u001b[31m\u009b\u202e\u2028y', list: ['a\nb'] };
    const json = jsonForTerminal(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json.split('\n').every((line) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2028]/u.test(line))).toBe(true);
  });
});
