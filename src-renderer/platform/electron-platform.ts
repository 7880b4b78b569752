import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The Platform over the preload bridge; `bridge` is `window.desktop`, read once at start-up. */
export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    openFile: (kind) => bridge.openFile({ kind }),
    // Bytes made in the renderer are never backed by a SharedArrayBuffer.
    saveFile: (kind, suggestedName, bytes) =>
      bridge.saveFile({ kind, suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> }),
    appInfo: () => bridge.appInfo(),
    backups: {
      location: 'the “backups” folder in CSE Fieldbook’s data folder on this computer',
      write: (name, bytes) => bridge.writeBackup({ name, bytes: bytes as Uint8Array<ArrayBuffer> }),
      list: () => bridge.listBackups(),
      read: (name) => bridge.readBackup({ name }),
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onBeforeClose: (guard) => {
      const offMain = bridge.onFlushRequest(async () => {
        await guard.flush();
        return { unsaved: guard.unsaved() };
      });
      const onHidden = (): void => {
        if (document.visibilityState === 'hidden') void guard.flush();
      };
      document.addEventListener('visibilitychange', onHidden);
      return () => {
        offMain();
        document.removeEventListener('visibilitychange', onHidden);
      };
    },
  };
}
