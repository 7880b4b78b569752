import type {
  AppInfo,
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
   * Runs `flush` before the app goes away (window close, tab hidden, page unload) so that
   * pending edits reach the database. Returns the unsubscribe function.
   */
  onBeforeClose(flush: () => Promise<void>): () => void;
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
};

/** File-picker `accept` values for the web build. */
export const FILE_ACCEPT: Readonly<Record<FileKind, string>> = {
  record: '.json,application/json',
  xlsx: '.xlsx',
  pdf: '.pdf',
  ics: '.ics',
  docx: '.docx',
  zip: '.zip',
  document: '.pdf,.docx,.txt,.md,.html,.htm',
};
