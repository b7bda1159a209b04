import type { TranslationResource } from '../../../shared/i18n.ts';

/**
 * Every command of the app, declared once: its id, its label, its shortcuts, where they work, and
 * who runs it on a key. The header's buttons, the one key listener (`useCommandKeys`), the shortcut
 * sheet (`?`) and the desktop menu all go through this table, so what the sheet says is what the
 * keys and buttons do. What a command runs and when it is enabled is in `actions.ts`.
 *
 * Add a command here (its label under `shortcuts.actions.` or `commands.` in both locales).
 */

/** Where a command's keys work; the sheet groups by it (labels under `shortcuts.scopes.`). */
export type CommandScope = 'everywhere' | 'walkthrough' | 'agenda' | 'outcome' | 'timer' | 'graph' | 'plan';

type ShortcutAction = keyof TranslationResource['shortcuts']['actions'];
type CommandLabel = keyof TranslationResource['commands'];
/** A label in the locales: a missing one does not compile. */
export type CommandLabelKey = `shortcuts.actions.${ShortcutAction}` | `commands.${CommandLabel}`;

export interface CommandDeclaration {
  labelKey: CommandLabelKey;
  /**
   * Key combinations, any one of which runs it: modifiers first, joined by `+`, the key as
   * `KeyboardEvent.key` names it (`Control+Z`, `Alt+ArrowDown`, `?`). `Control` also matches ⌘ on a Mac.
   */
  keys: readonly string[];
  scope: CommandScope;
  /**
   * `page`: the page's one key listener runs it wherever the focus is (outside text fields, where
   * only combinations with Alt count). `part`: the part of the screen named by the scope owns these
   * keys while it has the focus (the agenda list, the graph, the outcome form, the plan).
   */
  keysHandledBy: 'page' | 'part';
}

export const COMMANDS = {
  showShortcuts: {
    keys: ['?'],
    labelKey: 'shortcuts.actions.showShortcuts',
    scope: 'everywhere',
    keysHandledBy: 'page',
  },
  undo: { keys: ['Control+Z'], labelKey: 'shortcuts.actions.undo', scope: 'everywhere', keysHandledBy: 'page' },
  redo: {
    keys: ['Control+Shift+Z', 'Control+Y'],
    labelKey: 'shortcuts.actions.redo',
    scope: 'everywhere',
    keysHandledBy: 'page',
  },
  graphSearch: {
    keys: ['Control+F', '/'],
    labelKey: 'shortcuts.actions.graphSearch',
    scope: 'everywhere',
    keysHandledBy: 'part',
  },
  nextItem: {
    keys: ['N', 'Alt+PageDown'],
    labelKey: 'shortcuts.actions.nextItem',
    scope: 'walkthrough',
    keysHandledBy: 'page',
  },
  previousItem: {
    keys: ['P', 'Alt+PageUp'],
    labelKey: 'shortcuts.actions.previousItem',
    scope: 'walkthrough',
    keysHandledBy: 'page',
  },
  nextUndecided: {
    keys: ['U', 'Alt+Shift+PageDown'],
    labelKey: 'shortcuts.actions.nextUndecided',
    scope: 'walkthrough',
    keysHandledBy: 'page',
  },
  focusAgenda: { keys: ['A'], labelKey: 'shortcuts.actions.focusAgenda', scope: 'walkthrough', keysHandledBy: 'page' },
  focusOutcome: {
    keys: ['O'],
    labelKey: 'shortcuts.actions.focusOutcome',
    scope: 'walkthrough',
    keysHandledBy: 'page',
  },
  presenter: { keys: ['V'], labelKey: 'shortcuts.actions.presenter', scope: 'walkthrough', keysHandledBy: 'page' },
  graphLarge: { keys: ['G'], labelKey: 'shortcuts.actions.graphLarge', scope: 'walkthrough', keysHandledBy: 'page' },
  agendaMove: {
    keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'],
    labelKey: 'shortcuts.actions.agendaMove',
    scope: 'agenda',
    keysHandledBy: 'part',
  },
  agendaOpen: { keys: ['Enter'], labelKey: 'shortcuts.actions.agendaOpen', scope: 'agenda', keysHandledBy: 'part' },
  agendaReorder: {
    keys: ['Alt+ArrowUp', 'Alt+ArrowDown'],
    labelKey: 'shortcuts.actions.agendaReorder',
    scope: 'agenda',
    keysHandledBy: 'part',
  },
  agendaDrop: { keys: ['Delete'], labelKey: 'shortcuts.actions.agendaDrop', scope: 'agenda', keysHandledBy: 'part' },
  saveOutcome: {
    keys: ['Control+Enter'],
    labelKey: 'shortcuts.actions.saveOutcome',
    scope: 'outcome',
    keysHandledBy: 'part',
  },
  timerStartPause: {
    keys: ['T'],
    labelKey: 'shortcuts.actions.timerStartPause',
    scope: 'timer',
    keysHandledBy: 'page',
  },
  timerExtend: { keys: ['+'], labelKey: 'shortcuts.actions.timerExtend', scope: 'timer', keysHandledBy: 'page' },
  graphMove: {
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    labelKey: 'shortcuts.actions.graphMove',
    scope: 'graph',
    keysHandledBy: 'part',
  },
  graphPick: { keys: ['Enter', ' '], labelKey: 'shortcuts.actions.graphPick', scope: 'graph', keysHandledBy: 'part' },
  planReorder: {
    keys: ['Alt+ArrowUp', 'Alt+ArrowDown'],
    labelKey: 'commands.planReorder',
    scope: 'plan',
    keysHandledBy: 'part',
  },
  planRemove: { keys: ['Delete'], labelKey: 'commands.planRemove', scope: 'plan', keysHandledBy: 'part' },
  // Without a key of their own: run by buttons, clicks and other commands.
  selectItem: { keys: [], labelKey: 'commands.selectItem', scope: 'walkthrough', keysHandledBy: 'page' },
  openPlan: { keys: [], labelKey: 'commands.openPlan', scope: 'everywhere', keysHandledBy: 'page' },
  discardDraft: { keys: [], labelKey: 'commands.discardDraft', scope: 'outcome', keysHandledBy: 'part' },
} as const satisfies Record<string, CommandDeclaration>;

export type CommandId = keyof typeof COMMANDS;

/** The sheet's order: scopes as listed here, commands as listed above. */
export const COMMAND_SCOPES: readonly CommandScope[] = [
  'everywhere',
  'walkthrough',
  'agenda',
  'outcome',
  'timer',
  'graph',
  'plan',
];

/** Every command, with its id, in the table's order. */
export function commandList(): (CommandDeclaration & { id: CommandId })[] {
  return (Object.entries(COMMANDS) as [CommandId, CommandDeclaration][]).map(([id, command]) => ({ id, ...command }));
}

/** The commands the shortcut sheet lists, by scope: every command that has a key. */
export function shortcutSheetGroups(): { scope: CommandScope; commands: (CommandDeclaration & { id: CommandId })[] }[] {
  const keyed = commandList().filter((command) => command.keys.length > 0);
  return COMMAND_SCOPES.map((scope) => ({
    scope,
    commands: keyed.filter((command) => command.scope === scope),
  })).filter((group) => group.commands.length > 0);
}

export interface KeyLike {
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

export function matchesCombination(event: KeyLike, combination: string): boolean {
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

/** Whether a key press is one of the command's combinations. */
export function matchesCommand(event: KeyLike, id: CommandId): boolean {
  return COMMANDS[id].keys.some((combination) => matchesCombination(event, combination));
}

/**
 * The commands the page's key listener runs for a key press: in a text field only combinations
 * with Alt count there (the field keeps letters, and Ctrl+Z undoes typing).
 */
export function pageCommandsFor(event: KeyLike, inTextField: boolean): CommandId[] {
  if (inTextField && !event.altKey) return [];
  return commandList()
    .filter((command) => command.keysHandledBy === 'page' && matchesCommand(event, command.id))
    .map((command) => command.id);
}

/** The commands a part of the screen runs for a key press while it has the focus. */
export function partCommandsFor(event: KeyLike, scope: CommandScope): CommandId[] {
  return commandList()
    .filter(
      (command) => command.keysHandledBy === 'part' && command.scope === scope && matchesCommand(event, command.id),
    )
    .map((command) => command.id);
}

/** For `aria-keyshortcuts`: the combinations as ARIA spells them. */
export function ariaKeys(id: CommandId): string {
  // ARIA names the space bar "Space"; a bare space would read as the separator.
  return COMMANDS[id].keys.map((combination) => (combination === ' ' ? 'Space' : combination)).join(' ');
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/**
 * Whether a key press goes to a field where letters type text or pick a value by type-ahead: plain
 * letter shortcuts stay out of it. A radio button, a checkbox or a button takes no letters, so a
 * shortcut works there.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}
