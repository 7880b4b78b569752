import { z } from 'zod';
import type { ZodType } from 'zod';
import type { BackupReason } from '../backup/format';
import { BACKUP_LIMITS } from '../backup/format';
import { isBackupFileName } from '../backup/names';
import type { InvokeName, MenuCommand } from './channels';

/**
 * The one contract between the Electron main process and the renderer. Main validates every
 * request against these schemas before acting; the preload exposes `DesktopBridge` as
 * `window.desktop` and nothing else. Channel names are data so both sides cannot drift apart.
 */
export { CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS, isMenuCommand } from './channels';
export type { InvokeName, MenuCommand } from './channels';

/**
 * What a file is for; main picks the dialog's title and filters from it. `template` is the
 * certifying body's report template (a text file, shared/report/template.ts).
 */
export const FILE_KINDS = [
  'record',
  'xlsx',
  'pdf',
  'ics',
  'docx',
  'zip',
  'document',
  'public-key',
  'template',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Largest file the renderer may open or save through the bridge (bytes). */
export const MAX_BRIDGE_FILE_BYTES = 100 * 1024 * 1024;

export const openFileRequest = z.strictObject({ kind: z.enum(FILE_KINDS) });
export type OpenFileRequest = z.infer<typeof openFileRequest>;

/** A file the user picked: its base name (never a path) and its bytes. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A suggested file name: no folders, no separators, no control characters, no leading dot,
 * at most 200 characters. Main still shows a save dialog; the user has the last word.
 */
export const safeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    (name) => !/[/\\:*?"<>|\u0000-\u001f]/.test(name),
    'a file name without folders or special characters',
  )
  .refine(
    (name) => !name.startsWith('.') && name.trim() === name,
    'a file name not starting with a dot or space',
  );

export const saveFileRequest = z.strictObject({
  kind: z.enum(FILE_KINDS),
  suggestedName: safeFileName,
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_BRIDGE_FILE_BYTES, 'at most 100 MiB'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequest>;

export type SaveFileResult =
  | { readonly saved: true; readonly name: string }
  | { readonly saved: false; readonly reason: 'cancelled' | 'failed'; readonly message?: string };

/**
 * A backup's file name exactly as shared/backup/names.ts makes them: main reads, writes and
 * deletes nothing else in its backup folder, so no name can reach outside it.
 */
export const backupName = z
  .string()
  .max(120)
  .refine(isBackupFileName, 'a backup file name made by CSE Fieldbook');

export const writeBackupRequest = z.strictObject({
  name: backupName,
  bytes: z
    .instanceof(Uint8Array)
    .refine(
      (b) => b.byteLength > 0 && b.byteLength <= BACKUP_LIMITS.maxBytes,
      'a backup of 1 byte to 100 MiB',
    ),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequest>;

export const readBackupRequest = z.strictObject({ name: backupName });
export type ReadBackupRequest = z.infer<typeof readBackupRequest>;

/** One kept backup, as its name describes it, with its size in bytes. */
export interface BackupInfo {
  readonly name: string;
  /** `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly encrypted: boolean;
  readonly size: number;
}

/** What the renderer answers a flush request with: edits (targets) still not written. */
export interface FlushOutcome {
  readonly unsaved: number;
}

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
}

/**
 * The request of each bridge call: its one argument's schema, or null for a call that takes
 * none. Main validates every request against it before acting (src-main/ipc.ts `handle`).
 */
export const INVOKE_REQUESTS = {
  openFile: openFileRequest,
  saveFile: saveFileRequest,
  appInfo: null,
  writeBackup: writeBackupRequest,
  listBackups: null,
  readBackup: readBackupRequest,
} as const satisfies Record<InvokeName, ZodType | null>;

/** What each bridge call resolves with (main's handlers are checked against it). */
export interface InvokeResults {
  /** The file the user picked, or null when they cancelled. */
  openFile: OpenedFile | null;
  saveFile: SaveFileResult;
  appInfo: AppInfo;
  /**
   * Keeps a backup in the app's backup folder: written atomically, read back and checked, then
   * older automatic backups beyond the retention are deleted. Rejects with a readable message.
   */
  writeBackup: BackupInfo;
  /** The kept backups, newest first. */
  listBackups: BackupInfo[];
  /** The bytes of one kept backup. */
  readBackup: Uint8Array;
}

/** The validated request of bridge call `N` (undefined for one that takes none). */
export type InvokeRequest<N extends InvokeName> =
  (typeof INVOKE_REQUESTS)[N] extends ZodType<infer T> ? T : undefined;

/** The request/response half of the bridge, derived from the handlers' requests and results. */
export type InvokeBridge = {
  readonly [N in InvokeName]: [InvokeRequest<N>] extends [undefined]
    ? () => Promise<InvokeResults[N]>
    : (request: InvokeRequest<N>) => Promise<InvokeResults[N]>;
};

/** What the preload puts on `window.desktop`: functions only, never `ipcRenderer` itself. */
export interface DesktopBridge extends InvokeBridge {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Main asks the renderer to write pending edits before the window closes; the promise the
   * listener returns tells main when it is done and how many edits are still not written (main
   * then asks the assessor before closing). Main waits a bounded time.
   */
  onFlushRequest(listener: () => Promise<FlushOutcome>): () => void;
}
