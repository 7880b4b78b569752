import { webcrypto } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { KeyCrypto } from '../../../shared/signoff/signing-key';
import type { EditJournal } from '../../../src-renderer/state/journal';
import type { OpenedFile, SaveFileResult } from '../../../shared/ipc/contract';
import type { IsoDate } from '../../../shared/types/dates';
import { createRepository, openFieldbookDb } from '../../../src-renderer/db/index';
import type { FieldbookRepository } from '../../../src-renderer/db/index';
import type { Platform } from '../../../src-renderer/platform/platform';
import type { AppDeps } from '../../../src-renderer/state/app-state';
import { createAppStore } from '../../../src-renderer/state/store';
import type { AppStore } from '../../../src-renderer/state/store';

/**
 * The app store over a real repository on a fresh fake IndexedDB, with a scripted platform:
 * files pushed to `opened` are what the next "open" returns; every save lands in `saved`.
 * Ids count up and the clock moves one second per reading, from 23 November 2026 09:00 UTC.
 */
export interface StoreWorld {
  readonly store: AppStore;
  readonly repository: FieldbookRepository;
  readonly opened: OpenedFile[];
  readonly saved: { name: string; bytes: Uint8Array }[];
  readonly deps: AppDeps;
}

/** Node's WebCrypto, as the app's signing and checking use it. */
export const testCrypto: KeyCrypto = {
  subtle: webcrypto.subtle as unknown as KeyCrypto['subtle'],
  randomBytes: (length) => webcrypto.getRandomValues(new Uint8Array(length)),
  sha256: async (bytes) =>
    new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
};

/** The passphrase test worlds make signing keys with. */
export const TEST_PASSPHRASE = 'correct horse battery staple';

export interface StoreWorldOptions {
  readonly journal?: EditJournal;
  readonly beforeImport?: AppDeps['beforeImport'];
  /** A database of its own name, to open again (a reload) with `reopen`. */
  readonly factory?: IDBFactory;
  readonly name?: string;
  /** The evidence libraries' extraction worker (absent: the app's module worker). */
  readonly createExtractWorker?: AppDeps['createExtractWorker'];
}

export async function storeWorld(options: StoreWorldOptions = {}): Promise<StoreWorld> {
  const db = await openFieldbookDb({
    name: options.name ?? `store-${Math.random()}`,
    indexedDB: options.factory ?? new IDBFactory(),
    IDBKeyRange,
  });
  let n = 0;
  const newId = (): string => `id-${++n}`;
  let t = 0;
  const now = (): string => new Date(Date.UTC(2026, 10, 23, 9, 0, t++)).toISOString();
  const repository = createRepository(db, { now, newId });
  const opened: OpenedFile[] = [];
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const platform: Platform = {
    kind: 'web',
    openFile: async () => opened.shift() ?? null,
    saveFile: async (_kind, name, bytes): Promise<SaveFileResult> => {
      saved.push({ name, bytes });
      return { saved: true, name };
    },
    appInfo: async () => ({ version: 'test', platform: 'test' }),
    onMenuCommand: () => () => undefined,
    onBeforeClose: () => () => undefined,
  };
  const deps: AppDeps = {
    repository,
    platform,
    newId,
    now,
    today: () => '2026-11-23' as IsoDate,
    crypto: testCrypto,
    ...(options.journal ? { journal: options.journal } : {}),
    ...(options.beforeImport ? { beforeImport: options.beforeImport } : {}),
    ...(options.createExtractWorker ? { createExtractWorker: options.createExtractWorker } : {}),
  };
  return { store: createAppStore(deps), repository, opened, saved, deps };
}
