import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  DesktopBridge,
  FlushOutcome,
  InvokeBridge,
  InvokeName,
  MenuCommand,
} from '../../shared/ipc/contract';
import { CHANNELS, INVOKE_CHANNELS, isMenuCommand } from '../../shared/ipc/channels';

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
        sum +
        (r.status === 'fulfilled' && Number.isInteger(r.value?.unsaved) ? r.value.unsaved : 1),
      0,
    );
    ipcRenderer.send(CHANNELS.flushDone, { unsaved });
  });
});

/** Every request/response call, forwarded to its channel with its arguments unchanged. */
const invokers = Object.fromEntries(
  (Object.keys(INVOKE_CHANNELS) as InvokeName[]).map((name) => [
    name,
    (...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNELS[name], ...args),
  ]),
) as InvokeBridge;

const bridge = {
  ...invokers,
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
