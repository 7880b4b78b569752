import { z } from 'zod';
import type { MenuCommand } from './channels';

/**
 * The one contract between the Electron main process and the renderer. Main validates every
 * request against these schemas before acting; the preload exposes `DesktopBridge` as
 * `window.desktop` and nothing else. Channel names are data so both sides cannot drift apart.
 */
export { CHANNELS, MENU_COMMANDS, isMenuCommand } from './channels';
export type { MenuCommand } from './channels';

/** What a file is for; main picks the dialog's title and filters from it. */
export const FILE_KINDS = ['record', 'xlsx', 'pdf', 'ics', 'docx', 'zip', 'document'] as const;
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

export interface AppInfo {
  readonly version: string;
  readonly platform: string;
}

/** What the preload puts on `window.desktop`: functions only, never `ipcRenderer` itself. */
export interface DesktopBridge {
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Main asks the renderer to write pending edits before the window closes; the promise the
   * listener returns tells main when it may close. Main waits a bounded time.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
}
