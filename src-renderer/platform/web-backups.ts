import { BACKUP_LIMITS } from '../../shared/backup/format';
import { parseBackupFileName } from '../../shared/backup/names';
import { describeBackupProblems, verifyBackupBytes } from '../../shared/backup/parse';
import { BACKUP_RETENTION, backupsToPrune } from '../../shared/backup/retention';
import type { BackupInfo } from '../../shared/ipc/contract';
import type { BackupStore } from './platform';

/**
 * The browser build's backups: a dedicated IndexedDB database of this origin, apart from the
 * fieldbook database so that its schema, upgrades and any reset of it leave backups alone.
 * Two stores written in one strict-durability transaction: `info` (name → size) for listing
 * without loading bytes, and `bytes` (name → ArrayBuffer). It shares the origin's storage with
 * the fieldbook: clearing the site's data removes both, which is why the Backups panel offers
 * each backup as a download (docs/SECURITY.md).
 */
export const BACKUP_DB_NAME = 'cse-fieldbook-backups';
const INFO = 'info';
const BYTES = 'bytes';

interface InfoRow {
  readonly name: string;
  readonly size: number;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The backup transaction was aborted.'));
    tx.onerror = () => reject(tx.error ?? new Error('The backup transaction failed.'));
  });
}

function infoOf(row: InfoRow): BackupInfo | null {
  const parsed = parseBackupFileName(row.name);
  return parsed === null ? null : { ...parsed, size: row.size };
}

/** A BackupStore over `factory` (the page's `indexedDB`; tests pass fake-indexeddb's). */
export function createIndexedDbBackupStore(
  factory: () => IDBFactory = () => indexedDB,
  name: string = BACKUP_DB_NAME,
): BackupStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory().open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(INFO, { keyPath: 'name' });
        request.result.createObjectStore(BYTES);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        reject(request.error ?? new Error('The backup storage did not open.'));
    }).catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };

  async function read(backup: string): Promise<Uint8Array> {
    const db = await open();
    const tx = db.transaction(BYTES, 'readonly');
    const value: unknown = await promised(tx.objectStore(BYTES).get(backup));
    if (!(value instanceof ArrayBuffer)) throw new Error(`There is no backup named “${backup}”.`);
    return new Uint8Array(value);
  }

  async function remove(db: IDBDatabase, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const tx = db.transaction([INFO, BYTES], 'readwrite', { durability: 'strict' });
    for (const old of names) {
      tx.objectStore(INFO).delete(old);
      tx.objectStore(BYTES).delete(old);
    }
    await done(tx);
  }

  return {
    location: 'this browser’s storage for this site (download a copy to keep one elsewhere)',

    async write(backup, bytes) {
      const info = parseBackupFileName(backup);
      if (info === null) throw new Error(`Refused: “${backup.slice(0, 80)}” is not a backup name.`);
      if (bytes.byteLength === 0 || bytes.byteLength > BACKUP_LIMITS.maxBytes)
        throw new Error('A backup must hold 1 byte to 100 MiB.');
      const checked = verifyBackupBytes(bytes);
      if (!checked.ok)
        throw new Error(`The backup was not kept: ${describeBackupProblems(checked.errors)}`);
      const db = await open();
      const tx = db.transaction([INFO, BYTES], 'readwrite', { durability: 'strict' });
      const exists = await promised(tx.objectStore(INFO).count(backup));
      if (exists > 0) {
        tx.abort();
        throw new Error(`A backup named “${backup}” already exists; nothing was written.`);
      }
      tx.objectStore(INFO).put({ name: backup, size: bytes.byteLength } satisfies InfoRow);
      tx.objectStore(BYTES).put(bytes.slice().buffer, backup);
      await done(tx);
      const back = await read(backup);
      const same = back.byteLength === bytes.byteLength && back.every((b, i) => b === bytes[i]);
      if (!same || !verifyBackupBytes(back).ok) {
        await remove(db, [backup]);
        throw new Error(
          'The backup was not kept: it read back differently. Nothing stored was changed.',
        );
      }
      const names = (
        await promised(db.transaction(INFO, 'readonly').objectStore(INFO).getAllKeys())
      ).map(String);
      await remove(
        db,
        backupsToPrune(names, BACKUP_RETENTION, {
          justWritten: backup,
          now: new Date().toISOString(),
        }),
      );
      return { ...info, size: bytes.byteLength };
    },

    async list() {
      const db = await open();
      const rows = (await promised(
        db.transaction(INFO, 'readonly').objectStore(INFO).getAll(),
      )) as InfoRow[];
      return rows
        .map(infoOf)
        .filter((b): b is BackupInfo => b !== null)
        .sort((a, b) =>
          a.createdAt === b.createdAt
            ? a.name.localeCompare(b.name)
            : a.createdAt < b.createdAt
              ? 1
              : -1,
        );
    },

    read,
  };
}
