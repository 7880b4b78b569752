import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainEvent } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';

/** How long a closing window waits for the renderer to write pending edits. */
export const FLUSH_TIMEOUT_MS = 3000;

/**
 * Makes closing `window` a handshake, so debounced autosaves reach the disk: the first `close` is
 * cancelled, the renderer gets `flushRequest`, and once its `flushDone` arrives (from this
 * window's web contents only) or `timeoutMs` passes, `proceed` is called to close for real; that
 * second `close` goes through. A crashed renderer has nothing to flush, so it does not wait.
 */
export function flushBeforeClose(
  window: BrowserWindow,
  proceed: () => void,
  timeoutMs: number = FLUSH_TIMEOUT_MS,
): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  window.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    const contents = window.webContents;
    const stopWaiting = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(CHANNELS.flushDone, onDone);
    };
    const finish = (): void => {
      if (state !== 'flushing') return;
      state = 'flushed';
      stopWaiting();
      proceed();
    };
    const onDone = (doneEvent: IpcMainEvent): void => {
      if (doneEvent.sender === contents) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    ipcMain.on(CHANNELS.flushDone, onDone);
    // Destroyed some other way meanwhile: nothing left to close, and nothing to wait for.
    window.once('closed', stopWaiting);
    if (contents.isDestroyed() || contents.isCrashed()) finish();
    else contents.send(CHANNELS.flushRequest);
  });
}
