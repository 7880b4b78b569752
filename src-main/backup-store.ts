import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_LIMITS } from '../shared/backup/format';
import { isBackupFileName, parseBackupFileName } from '../shared/backup/names';
import { describeBackupProblems, verifyBackupBytes } from '../shared/backup/parse';
import { BACKUP_RETENTION, backupsToPrune } from '../shared/backup/retention';
import type { BackupInfo } from '../shared/ipc/contract';
import { readFileCapped, writeFileAtomic } from './file-io';

/**
 * The backup folder on disk (`<userData>/backups`). Every function takes the folder and a name
 * made by shared/backup/names.ts, and refuses any other name before touching the disk, so
 * nothing here can read, write or delete outside the folder.
 */

/** Where backups live inside the app's user data folder. */
export function backupDirectory(userData: string): string {
  return join(userData, 'backups');
}

function pathOf(dir: string, name: string): string {
  if (!isBackupFileName(name)) throw new Error(`Refused: “${name.slice(0, 80)}” is not a backup.`);
  return join(dir, name);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Writes are queued so that two backups never prune each other's folder listing midway. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Keeps `bytes` as backup `name`: refuses to overwrite an existing backup, writes atomically
 * (temp file → fsync → rename), reads the file back and checks it is the same bytes and a
 * backup that reads (removing it and rejecting if not), then deletes automatic backups beyond
 * the retention. The folder is private to the user (0700 where the system supports modes).
 */
export function writeBackupFile(dir: string, name: string, bytes: Uint8Array): Promise<BackupInfo> {
  const run = queue.then(() => writeNow(dir, name, bytes));
  queue = run.catch(() => undefined);
  return run;
}

async function writeNow(dir: string, name: string, bytes: Uint8Array): Promise<BackupInfo> {
  const path = pathOf(dir, name);
  const info = parseBackupFileName(name);
  if (info === null) throw new Error('Refused: not a backup name.');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new Error(`A backup named “${name}” already exists; nothing was written.`);
  await writeFileAtomic(path, bytes);
  const problem = await verifyWritten(path, bytes);
  if (problem !== null) {
    await rm(path, { force: true });
    throw new Error(`The backup was not kept: ${problem} Nothing stored was changed.`);
  }
  await prune(dir, name);
  return { ...info, size: bytes.byteLength };
}

/** Null when the file on disk is exactly `bytes` and a backup that reads; else why not. */
async function verifyWritten(path: string, bytes: Uint8Array): Promise<string | null> {
  let back: Uint8Array;
  try {
    back = await readFileCapped(path, BACKUP_LIMITS.maxBytes);
  } catch (error) {
    return `it could not be read back (${error instanceof Error ? error.message : String(error)}).`;
  }
  if (!sameBytes(back, bytes)) return 'the file read back differs from what was written.';
  const verified = verifyBackupBytes(back);
  return verified.ok ? null : describeBackupProblems(verified.errors);
}

/** Deletes what the retention says; a failure to delete an old backup is only logged. */
async function prune(dir: string, justWritten: string): Promise<void> {
  const context = { justWritten, now: new Date().toISOString() };
  for (const old of backupsToPrune(await readdir(dir), BACKUP_RETENTION, context)) {
    await rm(pathOf(dir, old), { force: true }).catch((error: unknown) => {
      console.warn(`Could not delete the old backup ${old}:`, error);
    });
  }
}

/** The backups in `dir`, newest first; an absent folder has none. Other files are ignored. */
export async function listBackupFiles(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const info = parseBackupFileName(name);
    if (info === null) continue;
    const stats = await stat(join(dir, name)).catch(() => null);
    if (stats?.isFile()) found.push({ ...info, size: stats.size });
  }
  return found.sort((a, b) =>
    a.createdAt === b.createdAt ? a.name.localeCompare(b.name) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** The bytes of backup `name` in `dir` (at most the backup size cap). */
export function readBackupFile(dir: string, name: string): Promise<Uint8Array> {
  return readFileCapped(pathOf(dir, name), BACKUP_LIMITS.maxBytes);
}
