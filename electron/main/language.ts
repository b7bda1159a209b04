import { app, ipcMain } from 'electron';
import type { TFunction } from 'i18next';
import { LANGUAGE_CHANNEL } from '../../shared/api/methods.ts';
import type { Language } from '../../shared/text.ts';
import { translator } from '../core/index.ts';
import { chosenLanguage, systemLanguage } from './desktopText.ts';
import { isFromApp } from './ipc.ts';

let language: Language = 'en';

/** The words of the desktop's own menu and dialogs, in the language the app's page shows. */
export function desktopT(): TFunction {
  return translator(language);
}

/** Starts in the system's language (for what is said before the page is up) and follows the page's after. */
export function wireLanguage(onChange: () => void): void {
  language = systemLanguage(app.getPreferredSystemLanguages());
  ipcMain.on(LANGUAGE_CHANNEL, (event, value: unknown) => {
    const chosen = chosenLanguage(value);
    if (!isFromApp(event) || !chosen || chosen === language) return;
    language = chosen;
    onChange();
  });
}
