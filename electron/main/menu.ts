import { Menu, dialog } from 'electron';
import { aboutMessage, menuTemplate } from './desktopText.ts';
import { desktopT } from './language.ts';

/** The application menu in the language the app's page shows; built again when that changes. */
export function buildMenu(): void {
  const t = desktopT();
  const showAbout = () => void dialog.showMessageBox(aboutMessage(t));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, showAbout)));
}
