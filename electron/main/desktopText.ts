import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../../shared/shell.ts';
import { languageSchema, type Language } from '../../shared/text.ts';
import type { DatabaseOpenError } from '../core/index.ts';

// What the desktop shell itself says (menu, dialogs), in words from the one set of translations.
// Pure functions of a translator, so they are tested without Electron.

/** Before the page has said which language it shows: Dutch on a Dutch system, else English. */
export function systemLanguage(preferred: readonly string[]): Language {
  return preferred[0]?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The language a page asks the desktop to follow, or undefined for anything else it might send. */
export function chosenLanguage(value: unknown): Language | undefined {
  const parsed = languageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The desktop's menu. Undo and redo are the app's commands, run by the page (`runInPage`): decision
 * undo outside text fields, typing undo in one. Their keys reach the page itself, except on macOS,
 * where only the menu sees ⌘Z.
 */
export function menuTemplate(
  t: TFunction,
  showAbout: () => void,
  runInPage: (command: MenuCommand) => void = () => {},
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const registerAccelerator = platform === 'darwin';
  return [
    {
      label: t('desktop.menu.file'),
      submenu: [
        { role: 'close', label: t('desktop.menu.closeWindow') },
        { role: 'quit', label: t('desktop.menu.quit') },
      ],
    },
    {
      label: t('desktop.menu.edit'),
      submenu: [
        {
          label: t('desktop.menu.undo'),
          accelerator: 'CommandOrControl+Z',
          registerAccelerator,
          click: () => runInPage('undo'),
        },
        {
          label: t('desktop.menu.redo'),
          accelerator: 'CommandOrControl+Shift+Z',
          registerAccelerator,
          click: () => runInPage('redo'),
        },
        { type: 'separator' },
        { role: 'cut', label: t('desktop.menu.cut') },
        { role: 'copy', label: t('desktop.menu.copy') },
        { role: 'paste', label: t('desktop.menu.paste') },
        { role: 'selectAll', label: t('desktop.menu.selectAll') },
      ],
    },
    {
      label: t('desktop.menu.view'),
      submenu: [
        { role: 'zoomIn', label: t('desktop.menu.zoomIn'), accelerator: 'CommandOrControl+=' },
        { role: 'zoomOut', label: t('desktop.menu.zoomOut') },
        { role: 'resetZoom', label: t('desktop.menu.resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('desktop.menu.fullScreen') },
      ],
    },
    {
      role: 'help',
      label: t('desktop.menu.help'),
      submenu: [{ label: t('desktop.menu.about'), click: showAbout }],
    },
  ];
}

export function aboutMessage(t: TFunction): MessageBoxOptions {
  return { message: t('desktop.aboutText'), buttons: [t('desktop.ok')] };
}

/** What the user is told about a database that could not be opened: the sentence, in their language. */
export function databaseProblem(t: TFunction, error: DatabaseOpenError): string {
  return t(`database.${error.sentence}`, error.details);
}

/**
 * A damaged database was moved aside: what happened, and the choices (restore the newest good
 * backup where there is one, start empty, quit). The answer is read by `chosen` below.
 */
export function recoveryQuestion(t: TFunction, error: DatabaseOpenError): MessageBoxOptions {
  const takenAt = error.details.newestBackupTakenAt;
  const restore = takenAt
    ? [t('desktop.restoreBackup', { takenAt: String(takenAt).replace('T', ' ').slice(0, 16) })]
    : [];
  const buttons = [...restore, t('desktop.startEmpty'), t('desktop.quit')];
  return {
    type: 'warning',
    title: 'Boardwalk',
    message: t('desktop.couldNotRead'),
    detail: `${databaseProblem(t, error)}\n\n${t('desktop.nothingDeleted')}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  };
}

export type RecoveryChoice = 'restore' | 'start-empty' | 'quit';

/** Which choice of `recoveryQuestion` the button at `response` is. */
export function recoveryChoice(error: DatabaseOpenError, response: number): RecoveryChoice {
  const choices: RecoveryChoice[] = error.details.newestBackupTakenAt
    ? ['restore', 'start-empty', 'quit']
    : ['start-empty', 'quit'];
  return choices[response] ?? 'quit';
}

/** The folder dialog of "write into a folder". */
export function folderQuestion(t: TFunction) {
  return { title: t('desktop.chooseFolder'), buttonLabel: t('desktop.writeHere') };
}
