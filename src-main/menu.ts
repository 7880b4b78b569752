import { BrowserWindow, Menu, app } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import { CHANNELS } from '../shared/ipc/contract';

/** What the menu needs to know; the template itself is a pure function of it. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Dev builds add Reload and Toggle Developer Tools. */
  readonly isDev: boolean;
  /** Forwards an app command to the renderer. */
  readonly send: (command: MenuCommand) => void;
}

export const ABOUT_TEXT =
  'An offline workbook for assessors of the Customer Service Excellence standard. ' +
  'Customer Service Excellence is a trade mark of the Cabinet Office.';

/**
 * The application menu. App commands (new organisation, find element, …) are sent to the renderer,
 * which owns them; editing, zoom and window items use Electron roles so text fields keep their
 * native behaviour. Edit › Undo is the text-field undo (role `undo`), not the record undo.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, send } = options;
  const isMac = platform === 'darwin';
  const command = (
    label: string,
    menuCommand: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(menuCommand),
    ...(accelerator === undefined ? {} : { accelerator }),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'CSE Fieldbook',
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('New organisation', 'new-organisation', 'CmdOrCtrl+N'),
        command('Open record…', 'open-record', 'CmdOrCtrl+O'),
        command('Save record as…', 'save-record', 'CmdOrCtrl+Shift+S'),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Find element…', 'find-element', 'CmdOrCtrl+K'),
        command('Next element', 'next-element', 'CmdOrCtrl+]'),
        command('Previous element', 'previous-element', 'CmdOrCtrl+['),
        command('Portfolio', 'show-portfolio', 'CmdOrCtrl+Shift+P'),
        separator,
        ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] as const) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [command('About CSE Fieldbook', 'about')],
    },
  ];
}

/**
 * Installs the menu. Commands go to the focused window, or to `fallback()` when no window has
 * focus (a macOS menu works with the window in the background).
 */
export function installApplicationMenu(isDev: boolean, fallback: () => BrowserWindow | null): void {
  app.setAboutPanelOptions({ applicationName: 'CSE Fieldbook', credits: ABOUT_TEXT });
  const send = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? fallback();
    if (target && !target.isDestroyed()) target.webContents.send(CHANNELS.menuCommand, command);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev, send })),
  );
}
