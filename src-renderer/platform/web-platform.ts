import type { OpenedFile } from '../../shared/ipc/contract';
import { MAX_BRIDGE_FILE_BYTES } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { FILE_ACCEPT, FILE_MIME } from './platform';
import { createIndexedDbBackupStore } from './web-backups';
import { APP_VERSION } from '../../shared/app-identity';

/** Picks a file with a hidden `<input type=file>`; resolves `null` when the user cancels. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** The Platform of the plain browser build: file input to open, a download to save. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    openFile: async (kind): Promise<OpenedFile | null> => {
      const file = await pickFile(FILE_ACCEPT[kind]);
      if (!file) return null;
      if (file.size > MAX_BRIDGE_FILE_BYTES) {
        throw new Error(`${file.name} is ${file.size} bytes; files up to 100 MiB can be opened.`);
      }
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    saveFile: async (kind, suggestedName, bytes) => {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: FILE_MIME[kind] });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, name: suggestedName };
    },
    appInfo: async () => ({ version: APP_VERSION, platform: 'web' }),
    backups: createIndexedDbBackupStore(),
    onMenuCommand: () => () => undefined,
    onBeforeClose: (guard) => {
      const onHidden = (): void => {
        if (document.visibilityState === 'hidden') void guard.flush();
      };
      const onLeave = (): void => void guard.flush();
      // While an edit is not written, the browser asks before the page goes (reload, closing
      // the tab). Whatever the answer, the journal holds the edit for the next start.
      const onBeforeUnload = (event: BeforeUnloadEvent): void => {
        if (guard.unsaved() === 0) return;
        void guard.flush();
        event.preventDefault();
        event.returnValue = '';
      };
      document.addEventListener('visibilitychange', onHidden);
      window.addEventListener('pagehide', onLeave);
      window.addEventListener('blur', onLeave);
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => {
        document.removeEventListener('visibilitychange', onHidden);
        window.removeEventListener('pagehide', onLeave);
        window.removeEventListener('blur', onLeave);
        window.removeEventListener('beforeunload', onBeforeUnload);
      };
    },
  };
}
