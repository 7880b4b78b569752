import { dialog, ipcMain } from 'electron';
import type { BrowserWindow, IpcMainEvent } from 'electron';
import { CHANNELS } from '../shared/ipc/contract';

/** How long a closing window waits for the renderer to write pending edits. */
export const FLUSH_TIMEOUT_MS = 10_000;

/**
 * Asks whether to close although edits are not written: `unsaved` targets, or null when the
 * renderer did not answer in time. Resolves true to close anyway.
 */
export type AskToClose = (window: BrowserWindow, unsaved: number | null) => Promise<boolean>;

/** The number the renderer reports with `flushDone`; null for anything else (never trusted). */
export function unsavedOf(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const unsaved = (payload as { unsaved?: unknown }).unsaved;
  return typeof unsaved === 'number' && Number.isInteger(unsaved) && unsaved >= 0 && unsaved < 1e6
    ? unsaved
    : null;
}

/** The native question: keeping the window open is the default (Escape, Enter). */
export const askWithDialog: AskToClose = async (window, unsaved) => {
  const what =
    unsaved === null
      ? 'CSE Fieldbook did not confirm that every change is saved.'
      : `${unsaved} change${unsaved === 1 ? '' : 's'} could not be saved yet.`;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Not everything is saved',
    message: what,
    detail:
      'They are kept in this computer’s journal of edits, and CSE Fieldbook writes them when it ' +
      'next starts, but they are not in the fieldbook yet. Keep the window open to see what went ' +
      'wrong (the status bar says), or close anyway.',
    buttons: ['Keep CSE Fieldbook open', 'Close anyway'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
};

/**
 * Makes closing `window` a handshake, so debounced autosaves reach the disk: the first `close` is
 * cancelled, the renderer gets `flushRequest` and answers `flushDone` (from this window's web
 * contents only) with how many edits are still not written. None: `proceed` is called to close
 * for real, and that second `close` goes through. Some, or no answer within `timeoutMs`: the
 * assessor is asked, and the window stays open unless they choose to close anyway. A crashed
 * renderer has nothing to flush (its journal is replayed at the next start), so it does not wait.
 */
export function flushBeforeClose(
  window: BrowserWindow,
  proceed: () => void,
  timeoutMs: number = FLUSH_TIMEOUT_MS,
  ask: AskToClose = askWithDialog,
): void {
  let state: 'open' | 'flushing' | 'asking' | 'flushed' = 'open';
  const finish = (): void => {
    state = 'flushed';
    proceed();
  };
  const settle = (unsaved: number | null): void => {
    if (unsaved === 0) {
      finish();
      return;
    }
    state = 'asking';
    ask(window, unsaved).then(
      (closeAnyway) => (closeAnyway ? finish() : (state = 'open')),
      () => (state = 'open'),
    );
  };
  window.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state !== 'open') return;
    state = 'flushing';
    const contents = window.webContents;
    const stopWaiting = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(CHANNELS.flushDone, onDone);
    };
    const onDone = (doneEvent: IpcMainEvent, payload?: unknown): void => {
      if (doneEvent.sender !== contents || state !== 'flushing') return;
      stopWaiting();
      settle(unsavedOf(payload));
    };
    const timer = setTimeout(() => {
      if (state !== 'flushing') return;
      stopWaiting();
      settle(null);
    }, timeoutMs);
    ipcMain.on(CHANNELS.flushDone, onDone);
    // Destroyed some other way meanwhile: nothing left to close, and nothing to wait for.
    window.once('closed', stopWaiting);
    if (contents.isDestroyed() || contents.isCrashed()) {
      stopWaiting();
      finish();
    } else contents.send(CHANNELS.flushRequest);
  });
}
