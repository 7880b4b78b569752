import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { FLUSH_TIMEOUT_MS, flushBeforeClose } from '../../src-main/close-flush';
import { FakeBrowserWindow, FakeWebContents, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { ipcMain } = fakeElectron;

/** A guarded window; `close()` emits 'close' and reports whether it was prevented. */
function guardedWindow() {
  const window = new FakeBrowserWindow({});
  const proceed = vi.fn();
  flushBeforeClose(window as unknown as BrowserWindow, proceed);
  const close = (): boolean => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { window, proceed, close };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  ipcMain.removeAllListeners();
});

describe('flushBeforeClose', () => {
  it('holds the first close, asks the renderer to flush, and closes once it is done', () => {
    const { window, proceed, close } = guardedWindow();
    expect(close()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.flushRequest);
    expect(proceed).not.toHaveBeenCalled();
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents });
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(close()).toBe(false);
    expect(ipcMain.listenerCount(CHANNELS.flushDone)).toBe(0);
  });

  it('ignores flushDone from another web contents', () => {
    const { proceed, close } = guardedWindow();
    close();
    ipcMain.emit(CHANNELS.flushDone, { sender: new FakeWebContents() });
    expect(proceed).not.toHaveBeenCalled();
  });

  it('closes after the timeout when the renderer never answers', () => {
    const { window, proceed, close } = guardedWindow();
    close();
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
    expect(proceed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(proceed).toHaveBeenCalledTimes(1);
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents });
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('asks once however often the user clicks close while flushing', () => {
    const { window, proceed, close } = guardedWindow();
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a crashed renderer', () => {
    const { window, proceed, close } = guardedWindow();
    window.webContents.isCrashed.mockReturnValue(true);
    close();
    expect(proceed).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops waiting when the window is destroyed meanwhile', () => {
    const { window, proceed, close } = guardedWindow();
    close();
    window.emit('closed');
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS);
    expect(proceed).not.toHaveBeenCalled();
    expect(ipcMain.listenerCount(CHANNELS.flushDone)).toBe(0);
  });
});
