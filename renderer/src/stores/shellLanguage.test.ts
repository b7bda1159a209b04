import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import type { Language } from '../../../shared/text.ts';
import { tellShellTheLanguage } from './shellLanguage.ts';

describe("the desktop's menu language", () => {
  it('is told the language shown now and each one chosen after, once each, until stopped', () => {
    const preferences = createStore<{ language: Language; other: number }>(() => ({ language: 'nl', other: 0 }));
    const told: Language[] = [];
    const stop = tellShellTheLanguage({ setLanguage: (language) => told.push(language) }, preferences);
    preferences.setState({ language: 'en' });
    preferences.setState({ other: 1 });
    preferences.setState({ language: 'nl' });
    stop();
    preferences.setState({ language: 'en' });
    expect(told).toEqual(['nl', 'en', 'nl']);
  });

  it('is not told where the shell has none (the browser): nothing follows the language', () => {
    const preferences = createStore<{ language: Language }>(() => ({ language: 'nl' }));
    let followers = 0;
    const watched = {
      getState: preferences.getState,
      subscribe: (listener: Parameters<typeof preferences.subscribe>[0]) => {
        followers++;
        return preferences.subscribe(listener);
      },
    };
    const stop = tellShellTheLanguage({}, watched);
    preferences.setState({ language: 'en' });
    stop();
    expect(followers).toBe(0);
  });
});
