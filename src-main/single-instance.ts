import { app } from 'electron';
import type { BrowserWindow } from 'electron';

/**
 * Claims the single-instance lock: two instances on one profile cannot both open the IndexedDB
 * database. Returns false (and quits) when another instance holds it; that instance then
 * restores and focuses its window instead.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
