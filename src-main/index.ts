import { BrowserWindow, app, dialog, session } from 'electron';
import { registerBackupHandlers } from './backup-ipc';
import { backupDirectory } from './backup-store';
import { flushBeforeClose } from './close-flush';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { devRendererOrigin } from './origin';
import { RENDERER_DIR } from './paths';
import { handleAppScheme, registerAppScheme } from './protocol';
import { reloadWhenRendererGone } from './renderer-gone';
import { lockDownSession, lockDownWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

/**
 * CSE Fieldbook's main process: lifecycle only. Everything with a decision in it lives in its
 * own module (window, security, protocol, ipc, dialogs, menu, close-flush, single-instance).
 */

// Both must happen before `ready`: every renderer sandboxed, and the app scheme privileged.
app.enableSandbox();
registerAppScheme();

const rendererUrl = process.env.ELECTRON_RENDERER_URL;
/** Non-null only in `electron-vite dev` of an unpackaged app. */
const devOrigin = devRendererOrigin(app.isPackaged, rendererUrl);
const devUrl = devOrigin === null ? null : (rendererUrl ?? null);

let mainWindow: BrowserWindow | null = null;
let quitting = false;

function openMainWindow(): void {
  const window = createMainWindow(devUrl);
  // After the renderer flushed: finish the quit that started the close, or just close.
  flushBeforeClose(window, () => (quitting ? app.quit() : window.close()));
  // A crashed page would leave a blank window: reload it and say so.
  reloadWhenRendererGone(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession(session.defaultSession, devOrigin);
  handleAppScheme(RENDERER_DIR);
  registerIpcHandlers(devOrigin);
  registerBackupHandlers(devOrigin, () => backupDirectory(app.getPath('userData')));
  installApplicationMenu(devOrigin !== null, () => mainWindow);
  openMainWindow();
}

if (claimSingleInstance(() => mainWindow)) {
  // Registered before any window exists, so no web contents escapes the lockdown.
  app.on('web-contents-created', (_event, contents) => {
    lockDownSession(contents.session, devOrigin);
    lockDownWebContents(contents, devOrigin);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('CSE Fieldbook could not start', message);
    app.quit();
  });
}
