import { describe, expect, it } from 'vitest';
import en from '../../../resources/locales/en/translation.json' with { type: 'json' };
import nl from '../../../resources/locales/nl/translation.json' with { type: 'json' };
import {
  ariaKeys,
  COMMAND_SCOPES,
  COMMANDS,
  commandList,
  keysOf,
  matchesCommand,
  pageCommandsFor,
  partCommandsFor,
  shortcutSheetGroups,
  type KeyLike,
} from './table.ts';

function press(key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

/** The key press a combination of the table stands for (`Control+Shift+Z`: Z with Ctrl and Shift). */
function pressOf(combination: string): KeyLike {
  const parts = keysOf(combination);
  const key = parts.pop()!;
  return press(key.length === 1 && /[a-z]/i.test(key) ? key.toLowerCase() : key, {
    ctrlKey: parts.includes('Control'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  });
}

function lookUp(path: string, resource: unknown): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], resource);
}

describe('the command table', () => {
  it('has a label in both languages and a known scope for every command', () => {
    for (const command of commandList()) {
      expect(COMMAND_SCOPES, command.id).toContain(command.scope);
      expect(lookUp(command.labelKey, en), command.id).toEqual(expect.any(String));
      expect(lookUp(command.labelKey, nl), command.id).toEqual(expect.any(String));
    }
  });

  it('puts every command that has a key in the shortcut sheet, once, with all its keys', () => {
    const listed = shortcutSheetGroups().flatMap((group) => group.commands);
    const keyed = commandList().filter((command) => command.keys.length > 0);
    expect(listed.map((command) => command.id).sort()).toEqual(keyed.map((command) => command.id).sort());
    for (const command of listed) expect(command.keys).toEqual(COMMANDS[command.id].keys);
    for (const { scope } of shortcutSheetGroups())
      expect(lookUp(`shortcuts.scopes.${scope}`, en)).toEqual(expect.any(String));
  });

  it('maps every advertised key to exactly one command where it works', () => {
    for (const command of commandList()) {
      for (const combination of command.keys) {
        const event = pressOf(combination);
        const runs =
          command.keysHandledBy === 'page' ? pageCommandsFor(event, false) : partCommandsFor(event, command.scope);
        expect(runs, `${combination} (${command.id})`).toEqual([command.id]);
        // Nor does the page run another command on a key that a part of the screen owns.
        if (command.keysHandledBy === 'part' && command.scope !== 'everywhere')
          expect(pageCommandsFor(event, false), combination).toEqual([]);
      }
    }
  });

  it('leaves letters and Ctrl combinations to a text field, and keeps the Alt combinations working there', () => {
    expect(pageCommandsFor(press('n'), true)).toEqual([]);
    expect(pageCommandsFor(press('z', { ctrlKey: true }), true)).toEqual([]);
    expect(pageCommandsFor(press('PageDown', { altKey: true }), true)).toEqual(['nextItem']);
  });

  it('matches the combinations it names, and only those', () => {
    expect(matchesCommand(press('z', { ctrlKey: true }), 'undo')).toBe(true);
    expect(matchesCommand(press('z', { metaKey: true }), 'undo')).toBe(true);
    expect(matchesCommand(press('Z', { ctrlKey: true, shiftKey: true }), 'undo')).toBe(false);
    expect(matchesCommand(press('Z', { ctrlKey: true, shiftKey: true }), 'redo')).toBe(true);
    expect(matchesCommand(press('y', { ctrlKey: true }), 'redo')).toBe(true);
    expect(matchesCommand(press('N'), 'nextItem')).toBe(true);
    expect(matchesCommand(press('n', { ctrlKey: true }), 'nextItem')).toBe(false);
    expect(matchesCommand(press('PageDown', { altKey: true, shiftKey: true }), 'nextItem')).toBe(false);
    expect(matchesCommand(press('PageDown', { altKey: true, shiftKey: true }), 'nextUndecided')).toBe(true);
    expect(matchesCommand(press('Enter', { ctrlKey: true }), 'saveOutcome')).toBe(true);
    expect(matchesCommand(press('Enter'), 'saveOutcome')).toBe(false);
  });

  it('takes a character that needs Shift on the keyboard by the character it types', () => {
    expect(matchesCommand(press('?', { shiftKey: true }), 'showShortcuts')).toBe(true);
    expect(matchesCommand(press('+', { shiftKey: true }), 'timerExtend')).toBe(true);
    expect(matchesCommand(press('?', { ctrlKey: true }), 'showShortcuts')).toBe(false);
  });
});

describe('the keys as the sheet and ARIA name them', () => {
  it('has a name in both languages for every key that is not a letter or sign of its own (the arrows, Space)', () => {
    const keys = new Set(commandList().flatMap((command) => command.keys.flatMap(keysOf)));
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
