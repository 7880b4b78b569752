import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { PRELOAD_PATH } from './paths';

/**
 * The renderer's web preferences, frozen and exported so tests can assert them. The renderer is
 * an ordinary sandboxed web page: no Node, isolated preload world, no `<webview>`. `webSecurity`,
 * `allowRunningInsecureContent` and the experimental-features switches are deliberately absent
 * (their defaults are the safe ones). `Auxclick` is off so a middle click cannot even ask to open
 * a window (the window-open handler denies it anyway).
 */
export const WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
  disableBlinkFeatures: 'Auxclick',
});

/**
 * Creates the main window and loads the UI: the dev server when `devUrl` is given (electron-vite
 * dev), otherwise `app://fieldbook/index.html`. The window shows once the first paint is ready.
 */
export function createMainWindow(devUrl: string | null): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'CSE Fieldbook',
    backgroundColor: '#ffffff',
    // Written out, not spread from WEB_PREFERENCES, so that the electronegativity scan (which
    // reads only literals) sees every switch; test/main/window.test.ts asserts both are equal.
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('CSE Fieldbook could not load its UI:', error);
  });
  return window;
}
