import { Menu, dialog, type MenuItemConstructorOptions } from 'electron';

const ABOUT =
  'Boardwalk: decision boards for architecture reviews, offline.\n\nThe webshop board is based on KubeCompass by vanhoutenbos (MIT licence).';

export function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'zoomIn', accelerator: 'CommandOrControl+=' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About Boardwalk', click: () => void dialog.showMessageBox({ message: ABOUT }) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
