import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../src-main/single-instance';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { app } = fakeElectron;

afterEach(() => {
  vi.clearAllMocks();
  app.removeAllListeners();
});

describe('claimSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('restores and focuses the existing window when a second instance starts', () => {
    const window = new FakeBrowserWindow({});
    window.isMinimized.mockReturnValue(true);
    expect(claimSingleInstance(() => window as never)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['fieldbook'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing on a second instance before the window exists', () => {
    claimSingleInstance(() => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
