import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, WEB_PREFERENCES } from '../../src-main/window';
import type { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

describe('WEB_PREFERENCES', () => {
  it('sandboxes the renderer and isolates the preload', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: true,
    });
  });

  it('leaves the dangerous switches at their safe defaults', () => {
    for (const key of [
      'webSecurity',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'enableWebSQL',
    ]) {
      expect(WEB_PREFERENCES).not.toHaveProperty(key);
    }
  });

  it('loads the CommonJS preload bundle', () => {
    expect(WEB_PREFERENCES.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('loads app://fieldbook in production with the web preferences, shown when ready', () => {
    const window = createMainWindow(null) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ show: false, webPreferences: { ...WEB_PREFERENCES } });
    expect((window.options as { webPreferences: unknown }).webPreferences).toEqual(WEB_PREFERENCES);
    expect(window.loadURL).toHaveBeenCalledWith('app://fieldbook/index.html');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('loads the dev server in dev', () => {
    const window = createMainWindow('http://localhost:5173/') as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });
});
