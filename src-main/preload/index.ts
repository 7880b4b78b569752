import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  AppInfo,
  BackupInfo,
  DesktopBridge,
  FlushOutcome,
  MenuCommand,
  OpenFileRequest,
  OpenedFile,
  ReadBackupRequest,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupRequest,
} from '../../shared/ipc/contract';
import { CHANNELS, isMenuCommand } from '../../shared/ipc/channels';

/**
 * The sandboxed preload: puts exactly one object, `window.desktop`, into the page. It holds
 * functions only; `ipcRenderer` and IPC event objects never cross into the page's world. Main
 * validates every request, so this file only forwards them. It may import nothing at run time
 * but `electron` (and the local channel names), because a sandboxed preload cannot `require`.
 */

const flushListeners = new Set<() => Promise<FlushOutcome>>();

// One IPC listener for flush requests, so main gets one `flushDone` however many subscribers
// there are, and only after every one of them settled. A failed flush counts as one edit not
// written: main then asks before closing, rather than closing over it.
ipcRenderer.on(CHANNELS.flushRequest, () => {
  const flushes = [...flushListeners].map((listener) => Promise.resolve().then(listener));
  void Promise.allSettled(flushes).then((results) => {
    const unsaved = results.reduce(
      (sum, r) =>
        sum + (r.status === 'fulfilled' && Number.isInteger(r.value?.unsaved) ? r.value.unsaved : 1),
      0,
    );
    ipcRenderer.send(CHANNELS.flushDone, { unsaved });
  });
});

const bridge = {
  openFile: (request: OpenFileRequest): Promise<OpenedFile | null> =>
    ipcRenderer.invoke(CHANNELS.openFile, request),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(CHANNELS.saveFile, request),
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(CHANNELS.appInfo),
  writeBackup: (request: WriteBackupRequest): Promise<BackupInfo> =>
    ipcRenderer.invoke(CHANNELS.backupWrite, request),
  listBackups: (): Promise<BackupInfo[]> => ipcRenderer.invoke(CHANNELS.backupList),
  readBackup: (request: ReadBackupRequest): Promise<Uint8Array> =>
    ipcRenderer.invoke(CHANNELS.backupRead, request),
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, forward);
    };
  },
  onFlushRequest: (listener: () => Promise<FlushOutcome>): (() => void) => {
    const own = (): Promise<FlushOutcome> => listener();
    flushListeners.add(own);
    return () => {
      flushListeners.delete(own);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('desktop', bridge);
