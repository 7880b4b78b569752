import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { FakeBrowserWindow, FakeWebContents, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { app, protocol, ipcMain, session, Menu } = fakeElectron;
let markReady = (): void => undefined;
let privilegedBeforeReady = false;

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  app.ready = new Promise<void>((resolve) => {
    markReady = () => {
      privilegedBeforeReady = protocol.registerSchemesAsPrivileged.mock.calls.length === 1;
      resolve();
    };
  });
  await import('../../src-main/index');
});

/** The one window the app opened. */
function mainWindow(): FakeBrowserWindow {
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window yet');
  return window;
}

describe('src-main/index.ts', () => {
  it('sandboxes everything, takes the instance lock and hooks lockdown before ready', () => {
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    expect(contents.session.webRequest.onBeforeRequest).toHaveBeenCalled();
  });

  it('once ready serves the app scheme, registers IPC and the menu, and opens app://fieldbook', async () => {
    markReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(privilegedBeforeReady).toBe(true);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()]).toHaveLength(6);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://fieldbook/index.html');
  });

  it('flushes before closing, and finishes a quit that started the close', () => {
    const window = mainWindow();
    app.emit('before-quit');
    window.emit('close', { preventDefault: vi.fn() });
    expect(window.webContents.send).toHaveBeenCalledWith(CHANNELS.flushRequest);
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents }, { unsaved: 0 });
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes, except on macOS', () => {
    app.quit.mockClear();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
