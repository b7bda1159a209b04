import type { TranslationResource } from '../../shared/i18n.ts';

/**
 * Every keyboard shortcut of the app, in one list: the shortcut sheet (`?`) shows exactly this,
 * and the handlers match keys through it, so what the sheet says is what the keys do.
 *
 * Add an entry here (and its label under `shortcuts.actions.` in both locales) for every new shortcut.
 */

/** Where a shortcut works; the sheet groups by it (labels under `shortcuts.scopes.`). */
export type ShortcutScope = 'everywhere' | 'walkthrough' | 'agenda' | 'outcome' | 'timer' | 'graph';

/** A label under `shortcuts.actions.` in the locales: a missing one does not compile. */
export type ShortcutLabelKey = `shortcuts.actions.${keyof TranslationResource['shortcuts']['actions']}`;

export interface Shortcut {
  /**
   * Key combinations, any one of which works: modifiers first, joined by `+`, the key as
   * `KeyboardEvent.key` names it (`Control+Z`, `Alt+ArrowDown`, `?`). `Control` also matches ⌘ on a Mac.
   */
  keys: readonly string[];
  labelKey: ShortcutLabelKey;
  scope: ShortcutScope;
}

export const SHORTCUTS = {
  showShortcuts: { keys: ['?'], labelKey: 'shortcuts.actions.showShortcuts', scope: 'everywhere' },
  undo: { keys: ['Control+Z'], labelKey: 'shortcuts.actions.undo', scope: 'everywhere' },
  redo: { keys: ['Control+Shift+Z', 'Control+Y'], labelKey: 'shortcuts.actions.redo', scope: 'everywhere' },
  nextItem: { keys: ['N', 'Alt+PageDown'], labelKey: 'shortcuts.actions.nextItem', scope: 'walkthrough' },
  previousItem: { keys: ['P', 'Alt+PageUp'], labelKey: 'shortcuts.actions.previousItem', scope: 'walkthrough' },
  nextUndecided: {
    keys: ['U', 'Alt+Shift+PageDown'],
    labelKey: 'shortcuts.actions.nextUndecided',
    scope: 'walkthrough',
  },
  focusAgenda: { keys: ['A'], labelKey: 'shortcuts.actions.focusAgenda', scope: 'walkthrough' },
  focusOutcome: { keys: ['O'], labelKey: 'shortcuts.actions.focusOutcome', scope: 'walkthrough' },
  presenter: { keys: ['V'], labelKey: 'shortcuts.actions.presenter', scope: 'walkthrough' },
  agendaMove: {
    keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'],
    labelKey: 'shortcuts.actions.agendaMove',
    scope: 'agenda',
  },
  agendaOpen: { keys: ['Enter'], labelKey: 'shortcuts.actions.agendaOpen', scope: 'agenda' },
  agendaReorder: {
    keys: ['Alt+ArrowUp', 'Alt+ArrowDown'],
    labelKey: 'shortcuts.actions.agendaReorder',
    scope: 'agenda',
  },
  agendaDrop: { keys: ['Delete'], labelKey: 'shortcuts.actions.agendaDrop', scope: 'agenda' },
  saveOutcome: { keys: ['Control+Enter'], labelKey: 'shortcuts.actions.saveOutcome', scope: 'outcome' },
  timerStartPause: { keys: ['T'], labelKey: 'shortcuts.actions.timerStartPause', scope: 'timer' },
  timerExtend: { keys: ['+'], labelKey: 'shortcuts.actions.timerExtend', scope: 'timer' },
  graphSearch: { keys: ['Control+F', '/'], labelKey: 'shortcuts.actions.graphSearch', scope: 'everywhere' },
  graphMove: {
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    labelKey: 'shortcuts.actions.graphMove',
    scope: 'graph',
  },
  graphPick: { keys: ['Enter', ' '], labelKey: 'shortcuts.actions.graphPick', scope: 'graph' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutName = keyof typeof SHORTCUTS;

/** The sheet's order: scopes as listed here, entries as listed above. */
export const SHORTCUT_SCOPES: readonly ShortcutScope[] = [
  'everywhere',
  'walkthrough',
  'agenda',
  'outcome',
  'timer',
  'graph',
];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The keys of one combination in order (`Control+Shift+Z`: Control, Shift, Z); `+` alone is the plus key. */
export function keysOf(combination: string): string[] {
  return combination === '+' ? ['+'] : combination.split('+');
}

function matchesCombination(event: KeyLike, combination: string): boolean {
  const parts = keysOf(combination);
  const key = parts.pop()!;
  const wants = new Set(parts);
  if ((event.ctrlKey || event.metaKey) !== wants.has('Control')) return false;
  if (event.altKey !== wants.has('Alt')) return false;
  // A printable key that needs Shift on some layouts (`?`, `+`) is named by the character it types.
  const printable = key.length === 1 && !/[a-z]/i.test(key);
  if (!printable && event.shiftKey !== wants.has('Shift')) return false;
  return key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

/** Whether a key press is one of the shortcut's combinations. */
export function matchesShortcut(event: KeyLike, name: ShortcutName): boolean {
  return SHORTCUTS[name].keys.some((combination) => matchesCombination(event, combination));
}

/** Whether a key press goes to a field where keys type text or pick values: plain letter shortcuts stay out of it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** For `aria-keyshortcuts`: the combinations as ARIA spells them. */
export function ariaKeys(name: ShortcutName): string {
  // ARIA names the space bar "Space"; a bare space would read as the separator.
  return SHORTCUTS[name].keys.map((combination) => (combination === ' ' ? 'Space' : combination)).join(' ');
}
