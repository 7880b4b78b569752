import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { FLUSH_TIMEOUT_MS, flushBeforeClose } from '../../src-main/close-flush';
import { FakeBrowserWindow, FakeWebContents, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { ipcMain } = fakeElectron;

/**
 * A guarded window; `close()` emits 'close' and reports whether it was prevented. `answer` is
 * what the assessor answers when asked (true: close anyway); `ask` records each question.
 */
function guardedWindow(answer = false) {
  const window = new FakeBrowserWindow({});
  const proceed = vi.fn();
  const ask = vi.fn(async (_w: unknown, _unsaved: number | null) => answer);
  flushBeforeClose(window as unknown as BrowserWindow, proceed, FLUSH_TIMEOUT_MS, ask);
  const close = (): boolean => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { window, proceed, close, ask };
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
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents }, { unsaved: 0 });
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

  it('asks after the timeout when the renderer never answers, and stays open if told', async () => {
    const { window, proceed, close, ask } = guardedWindow(false);
    close();
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ask).toHaveBeenCalledExactlyOnceWith(window, null);
    expect(proceed).not.toHaveBeenCalled();
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents }, { unsaved: 0 });
    expect(proceed).not.toHaveBeenCalled();
    // Kept open: the next close starts the handshake again.
    expect(close()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('asks when the renderer reports unsaved edits; closes only when told to', async () => {
    const kept = guardedWindow(false);
    kept.close();
    ipcMain.emit(CHANNELS.flushDone, { sender: kept.window.webContents }, { unsaved: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(kept.ask).toHaveBeenCalledExactlyOnceWith(kept.window, 2);
    expect(kept.proceed).not.toHaveBeenCalled();
    ipcMain.removeAllListeners();

    const closed = guardedWindow(true);
    closed.close();
    ipcMain.emit(CHANNELS.flushDone, { sender: closed.window.webContents }, { unsaved: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(closed.proceed).toHaveBeenCalledTimes(1);
    expect(closed.close()).toBe(false);
  });

  it('never trusts what the renderer reports: anything but a count asks', async () => {
    for (const payload of [undefined, null, 'ok', { unsaved: -1 }, { unsaved: 0.5 }, {}]) {
      const { window, ask, close, proceed } = guardedWindow(false);
      close();
      ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents }, payload);
      await vi.advanceTimersByTimeAsync(0);
      expect(ask).toHaveBeenCalledExactlyOnceWith(window, null);
      expect(proceed).not.toHaveBeenCalled();
      ipcMain.removeAllListeners();
    }
  });

  it('asks once however often the user clicks close while flushing', async () => {
    const { window, proceed, close, ask } = guardedWindow(true);
    expect(close()).toBe(true);
    expect(close()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
    expect(ask).toHaveBeenCalledTimes(1);
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
