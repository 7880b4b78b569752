import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import { dialog } from 'electron';

/** More renderer losses than this within `CRASH_WINDOW_MS` and the window is not reloaded again. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

const WHY: Readonly<Record<RenderProcessGoneDetails['reason'], string>> = {
  'clean-exit': 'it closed',
  'abnormal-exit': 'it stopped with an error',
  killed: 'it was stopped by the system',
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
};

/**
 * When the window's page dies (crash, out of memory, killed), Electron leaves a blank window.
 * This reloads it and says what happened; everything acknowledged as saved is in the database,
 * and the page's own start-up recovers what it can. A page that dies again and again (more than
 * `MAX_RELOADS` times in `CRASH_WINDOW_MS`) is not reloaded in a loop: the assessor is asked to
 * restart the app instead. `now` is the clock (tests pass a fake one).
 */
export function reloadWhenRendererGone(window: BrowserWindow, now: () => number = Date.now): void {
  const losses: number[] = [];
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const at = now();
    losses.push(at);
    while (losses.length > 0 && at - (losses[0] as number) > CRASH_WINDOW_MS) losses.shift();
    const why = WHY[details.reason] ?? 'it stopped';
    if (losses.length > MAX_RELOADS) {
      dialog.showErrorBox(
        'CSE Fieldbook stopped',
        `The CSE Fieldbook window stopped again (${why}), ${losses.length} times in a minute, so it was not reloaded. Everything that was saved is kept. Quit CSE Fieldbook and start it again; if this keeps happening, restore the newest backup.`,
      );
      return;
    }
    window.webContents.reload();
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'CSE Fieldbook',
        message: `The CSE Fieldbook window stopped unexpectedly (${why}) and has been reloaded.`,
        detail:
          'Everything that was saved is kept. Check the last thing you were typing before it stopped; if a file you were opening caused it, do not open it again.',
      })
      .catch(() => undefined);
  });
}
