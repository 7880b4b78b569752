import type { DesktopBridge } from '../../shared/ipc/contract';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    readonly desktop?: DesktopBridge;
  }
}

/** The one place that reads `window.desktop`: Electron when the preload put it there. */
export function detectPlatform(): Platform {
  return window.desktop ? createElectronPlatform(window.desktop) : createWebPlatform();
}
