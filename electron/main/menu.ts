import { BrowserWindow, Menu, dialog } from 'electron';
import { COMMAND_CHANNEL } from '../../shared/api/methods.ts';
import type { MenuCommand } from '../../shared/shell.ts';
import { aboutMessage, menuTemplate } from './desktopText.ts';
import { desktopT } from './language.ts';

/** The application menu in the language the app's page shows; built again when that changes. */
export function buildMenu(): void {
  const t = desktopT();
  const showAbout = () => void dialog.showMessageBox(aboutMessage(t));
  // The page decides what the command means where its focus is; main only passes it on.
  const runInPage = (command: MenuCommand) =>
    BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, showAbout, runInPage)));
}
