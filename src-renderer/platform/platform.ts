import type {
  AppInfo,
  BackupInfo,
  FileKind,
  MenuCommand,
  OpenedFile,
  SaveFileResult,
} from '../../shared/ipc/contract';

/**
 * Everything the renderer needs from the machine it runs on. Two implementations: Electron
 * (through the preload's `window.desktop`) and plain browser (file input and downloads).
 * Components receive a Platform; they never read `window.desktop` themselves.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Lets the user pick a file; `null` when they cancel. */
  openFile(kind: FileKind): Promise<OpenedFile | null>;
  /** Lets the user save bytes under a suggested base name. */
  saveFile(kind: FileKind, suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  /** Menu commands (Electron's application menu); the web build has none. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Guards the app going away (window close, tab hidden, page unload): pending edits are
   * flushed, and while any is not written the browser asks before unloading and Electron asks
   * before closing. Returns the unsubscribe function.
   */
  onBeforeClose(guard: CloseGuard): () => void;
  /** Where backups are kept (features/backup); absent where a platform keeps none. */
  readonly backups?: BackupStore;
}

/** What the platform needs to guard closing. */
export interface CloseGuard {
  /** Writes every pending edit; resolves when each is written or failed. */
  flush(): Promise<void>;
  /** Targets whose edits are not written yet (0: everything is saved). */
  unsaved(): number;
}

/**
 * Kept backups. Electron: files in the app's data folder, written and verified by main. Web: a
 * dedicated IndexedDB database of this origin (web-backups.ts). Names are made by
 * shared/backup/names.ts; every method rejects with a readable message.
 */
export interface BackupStore {
  /** Where the backups are, in words for the Backups panel. */
  readonly location: string;
  /** Keeps a backup: written, read back and checked, then old automatic ones pruned. */
  write(name: string, bytes: Uint8Array): Promise<BackupInfo>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<Uint8Array>;
}

/** The MIME type a file kind is saved and opened with. */
export const FILE_MIME: Readonly<Record<FileKind, string>> = {
  record: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  document: 'application/octet-stream',
  'public-key': 'application/x-pem-file',
  template: 'text/plain',
};

/** File-picker `accept` values for the web build ("Open record…" opens record bundles too). */
export const FILE_ACCEPT: Readonly<Record<FileKind, string>> = {
  record: '.json,application/json,.zip,application/zip',
  xlsx: '.xlsx',
  pdf: '.pdf',
  ics: '.ics',
  docx: '.docx',
  zip: '.zip',
  document: '.pdf,.docx,.txt,.md,.html,.htm',
  'public-key': '.pub,.pem',
  template: '.txt,text/plain',
};
