import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (the binary is not installed in tests). Each test file
 * mocks `electron` with `fakeElectron` and reads back what the code under test registered:
 *
 *     vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
 *
 * Vitest isolates test files, so every file gets a fresh instance.
 */

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** `ipcMain`: `handle` records handlers; `on`/`removeListener`/`emit` come from EventEmitter. */
class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle = vi.fn((channel: string, handler: Handler): void => {
    this.handlers.set(channel, handler);
  });
}

/** `ipcRenderer` for the preload: real listeners, recorded `invoke` and `send`. */
class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
  send = vi.fn((..._args: unknown[]): void => undefined);
}

/** The window `new BrowserWindow()` creates. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static fromWebContents = vi.fn((): FakeBrowserWindow | null => null);
  static getFocusedWindow = vi.fn((): FakeBrowserWindow | null => FakeBrowserWindow.focused);
  static getAllWindows = vi.fn((): FakeBrowserWindow[] => FakeBrowserWindow.instances);

  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string): Promise<void> => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  close = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);

  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** A web contents: events, `send` and a window-open handler slot. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: (() => unknown) | null = null;
  session: FakeSession = new FakeSession();
  send = vi.fn((..._args: unknown[]): void => undefined);
  reload = vi.fn();
  isDestroyed = vi.fn(() => false);
  isCrashed = vi.fn(() => false);
  getURL = vi.fn(() => 'app://fieldbook/index.html');
  setWindowOpenHandler = vi.fn((handler: () => unknown): void => {
    this.windowOpenHandler = handler;
  });
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
type BeforeRequest = (
  details: { url: string },
  callback: (r: { cancel?: boolean }) => void,
) => void;

/** A session whose handlers the test can call. */
export class FakeSession {
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: PermissionCheckHandler | null = null;
  beforeRequest: BeforeRequest | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler): void => {
    this.permissionRequest = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler): void => {
    this.permissionCheck = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn((listener: BeforeRequest): void => {
      this.beforeRequest = listener;
    }),
  };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  documents = '/nonexistent-documents';
  ready: Promise<void> = new Promise(() => undefined);
  getPath = vi.fn((name: string): string => (name === 'documents' ? this.documents : '/tmp'));
  getVersion = vi.fn(() => '1.2.3');
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  enableSandbox = vi.fn();
  isReady = vi.fn(() => false);
  whenReady = vi.fn((): Promise<void> => this.ready);
  setAboutPanelOptions = vi.fn();
}

export const fakeElectron = {
  app: new FakeApp(),
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  BrowserWindow: FakeBrowserWindow,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: new FakeSession() },
  dialog: {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
};

/** A fake IPC invoke event from a frame at `url` (null: the frame is gone). */
export function invokeEvent(url: string | null, sender: unknown = new FakeWebContents()): unknown {
  return { senderFrame: url === null ? null : { url }, sender };
}
