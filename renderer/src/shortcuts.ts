// The keyboard shortcuts are the keys of the command table (commands/table.ts); these names stay
// for the parts that match keys through them.
export {
  ariaKeys,
  COMMAND_SCOPES as SHORTCUT_SCOPES,
  isTypingTarget,
  keysOf,
  matchesCommand as matchesShortcut,
  type CommandId as ShortcutName,
  type CommandScope as ShortcutScope,
} from './commands/table.ts';
