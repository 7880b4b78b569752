import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { CHANNELS } from '../../shared/ipc/contract';
import { ABOUT_TEXT, buildMenuTemplate, installApplicationMenu } from '../../src-main/menu';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform = 'win32', isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  return { template: buildMenuTemplate({ platform, isDev, send }), send };
}

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

const roles = (items: Item[]): unknown[] => items.filter((i) => i.role).map((i) => i.role);

/** Clicks an item the way Electron does (the arguments are not used by our items). */
function click(menuItem: Item): void {
  (menuItem.click as () => void)();
}

afterEach(() => {
  vi.clearAllMocks();
  FakeBrowserWindow.focused = null;
});

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { template } = build();
    expect(template.map((i) => i.label ?? i.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ]);
  });

  it.each([
    ['File', 'New organisation', 'new-organisation', 'CmdOrCtrl+N'],
    ['File', 'Open record…', 'open-record', 'CmdOrCtrl+O'],
    ['File', 'Save record as…', 'save-record', 'CmdOrCtrl+Shift+S'],
    ['View', 'Find element…', 'find-element', 'CmdOrCtrl+K'],
    ['View', 'Next element', 'next-element', 'CmdOrCtrl+]'],
    ['View', 'Previous element', 'previous-element', 'CmdOrCtrl+['],
    ['View', 'Portfolio', 'show-portfolio', 'CmdOrCtrl+Shift+P'],
    ['Help', 'About CSE Fieldbook', 'about', undefined],
  ])('%s › %s sends %s (%s)', (menu, label, command, accelerator) => {
    const { template, send } = build();
    const menuItem = item(submenu(template, menu), label);
    expect(menuItem.accelerator).toBe(accelerator);
    click(menuItem);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('keeps text editing native: Edit uses roles, Undo is the text undo', () => {
    const edit = submenu(build().template, 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.every((i) => i.click === undefined)).toBe(true);
  });

  it('quits from File on Windows and Linux', () => {
    expect(roles(submenu(build('linux').template, 'File'))).toEqual(['quit']);
  });

  it('offers reload and developer tools in dev only, zoom always', () => {
    const prod = roles(submenu(build('win32', false).template, 'View'));
    const dev = roles(submenu(build('win32', true).template, 'View'));
    expect(prod).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(dev).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('follows macOS conventions: an app menu with About and Quit, File › Close', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('CSE Fieldbook');
    expect(roles(template[0]?.submenu as Item[])).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(roles(submenu(template, 'File'))).toEqual(['close']);
  });

  it('sends only known menu commands', () => {
    const { template, send } = build('darwin', true);
    const all = (items: Item[]): Item[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu as Item[]) : [])]);
    for (const menuItem of all(template)) if (menuItem.click) click(menuItem);
    expect(send.mock.calls.map(([c]) => c).sort()).toEqual([
      'about',
      'find-element',
      'new-organisation',
      'next-element',
      'open-record',
      'previous-element',
      'save-record',
      'show-portfolio',
    ]);
  });
});

describe('installApplicationMenu', () => {
  function installedTemplate(fallback: FakeBrowserWindow | null = null): Item[] {
    installApplicationMenu(false, () => fallback as never);
    const [menu] = fakeElectron.Menu.setApplicationMenu.mock.calls[0] as [{ template: Item[] }];
    return menu.template;
  }

  it('sends commands to the focused window on the menu channel', () => {
    const focused = new FakeBrowserWindow({});
    FakeBrowserWindow.focused = focused;
    click(item(submenu(installedTemplate(), 'View'), 'Find element…'));
    expect(focused.webContents.send).toHaveBeenCalledExactlyOnceWith(
      CHANNELS.menuCommand,
      'find-element',
    );
  });

  it('falls back to the main window when none has focus', () => {
    const main = new FakeBrowserWindow({});
    click(item(submenu(installedTemplate(main), 'File'), 'Open record…'));
    expect(main.webContents.send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'open-record');
  });

  it('credits the Cabinet Office trade mark in the About panel', () => {
    installedTemplate();
    expect(fakeElectron.app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationName: 'CSE Fieldbook', credits: ABOUT_TEXT }),
    );
    expect(ABOUT_TEXT).toContain(
      'Customer Service Excellence is a trade mark of the Cabinet Office',
    );
  });
});
