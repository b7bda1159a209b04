import { describe, expect, it } from 'vitest';
import en from '../../resources/locales/en/translation.json' with { type: 'json' };
import nl from '../../resources/locales/nl/translation.json' with { type: 'json' };
import { ariaKeys, keysOf, matchesShortcut, SHORTCUT_SCOPES, SHORTCUTS, type ShortcutName } from './shortcuts.ts';

function press(key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

describe('the list of shortcuts', () => {
  it('matches the combinations it names, and only those', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'undo')).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true }), 'undo')).toBe(true);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'undo')).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'redo')).toBe(true);
    expect(matchesShortcut(press('y', { ctrlKey: true }), 'redo')).toBe(true);
    expect(matchesShortcut(press('n'), 'nextItem')).toBe(true);
    expect(matchesShortcut(press('N'), 'nextItem')).toBe(true);
    expect(matchesShortcut(press('n', { ctrlKey: true }), 'nextItem')).toBe(false);
    expect(matchesShortcut(press('PageDown', { altKey: true }), 'nextItem')).toBe(true);
    expect(matchesShortcut(press('PageDown', { altKey: true, shiftKey: true }), 'nextItem')).toBe(false);
    expect(matchesShortcut(press('PageDown', { altKey: true, shiftKey: true }), 'nextUndecided')).toBe(true);
    expect(matchesShortcut(press('Enter', { ctrlKey: true }), 'saveOutcome')).toBe(true);
    expect(matchesShortcut(press('Enter'), 'saveOutcome')).toBe(false);
  });

  it('takes a character that needs Shift on the keyboard by the character it types', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), 'showShortcuts')).toBe(true);
    expect(matchesShortcut(press('?'), 'showShortcuts')).toBe(true);
    expect(matchesShortcut(press('+', { shiftKey: true }), 'timerExtend')).toBe(true);
    expect(matchesShortcut(press('?', { ctrlKey: true }), 'showShortcuts')).toBe(false);
  });

  it('gives one combination to at most one shortcut of a scope, and a label and known scope to each', () => {
    const seen = new Map<string, ShortcutName>();
    for (const [name, shortcut] of Object.entries(SHORTCUTS) as [ShortcutName, (typeof SHORTCUTS)[ShortcutName]][]) {
      expect(SHORTCUT_SCOPES).toContain(shortcut.scope);
      const action = shortcut.labelKey.replace('shortcuts.actions.', '') as keyof typeof en.shortcuts.actions;
      expect(en.shortcuts.actions[action], name).toBeTruthy();
      for (const keys of shortcut.keys) {
        const where = `${shortcut.scope === 'everywhere' ? '' : shortcut.scope}:${keys}`;
        expect(seen.get(where), `${keys} in ${name}`).toBeUndefined();
        seen.set(where, name);
      }
    }
  });
});

describe('the keys as the sheet and ARIA name them', () => {
  it('has a name in both languages for every key that is not a letter or sign of its own (the arrows, Space)', () => {
    const keys = new Set(Object.values(SHORTCUTS).flatMap((shortcut) => shortcut.keys.flatMap(keysOf)));
    const needsName = [...keys].filter((key) => key.length > 1 || key.trim() === '');
    expect(needsName).toEqual(expect.arrayContaining(['ArrowLeft', 'ArrowRight', ' ', 'Control']));
    for (const key of needsName) {
      expect(en.shortcuts.keyNames, JSON.stringify(key)).toHaveProperty([key]);
      expect(nl.shortcuts.keyNames, JSON.stringify(key)).toHaveProperty([key]);
    }
  });

  it('spells the space bar as ARIA does', () => {
    expect(ariaKeys('graphPick')).toBe('Enter Space');
    expect(ariaKeys('redo')).toBe('Control+Shift+Z Control+Y');
  });
});
