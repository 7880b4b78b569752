import type { BackupReason } from './format';
import { BACKUP_REASONS, isCreatedAt } from './format';

/**
 * Backup file names. They carry the instant, the reason and whether the file is encrypted, so a
 * list needs no file reads, and they are the only names main will read, write or delete in its
 * backup folder: no separators, no dots but the extension's, a fixed shape.
 */

/** `fieldbook-backup-2026-01-01T09-00-00-000Z-daily.json` (`-encrypted` before `.json`). */
export const BACKUP_NAME_PATTERN =
  /^fieldbook-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(manual|daily|pre-import|pre-upgrade|pre-removal)(-encrypted)?\.json$/;

/** What a backup's name says about it. */
export interface BackupNameInfo {
  readonly name: string;
  /** `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly encrypted: boolean;
}

/**
 * The file name of a backup made at `createdAt` (which must be `toISOString()` output; anything
 * else is a programming error and throws).
 */
export function backupFileName(
  createdAt: string,
  reason: BackupReason,
  encrypted: boolean,
): string {
  if (!isCreatedAt(createdAt)) throw new Error(`not a backup instant: ${createdAt}`);
  const stamp = createdAt.replace(/:/g, '-').replace('.', '-');
  return `fieldbook-backup-${stamp}-${reason}${encrypted ? '-encrypted' : ''}.json`;
}

/** What `name` says, or null when it is not a backup name this app writes. */
export function parseBackupFileName(name: string): BackupNameInfo | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  const reason = BACKUP_REASONS.find((r) => r === m[6]);
  if (reason === undefined || !isCreatedAt(createdAt)) return null;
  return { name, createdAt, reason, encrypted: m[7] !== undefined };
}

/** True when `name` is a backup name this app writes (see `BACKUP_NAME_PATTERN`). */
export function isBackupFileName(name: string): boolean {
  return parseBackupFileName(name) !== null;
}

/**
 * `createdAt`, or the first later millisecond no backup in `taken` (their `createdAt`s) was made
 * at: two backups within one millisecond (a frozen clock, a fast pair of imports) get two names,
 * so the second never replaces the first. Both are `toISOString()` instants.
 */
export function freeBackupInstant(createdAt: string, taken: ReadonlySet<string>): string {
  let at = createdAt;
  while (taken.has(at)) at = new Date(Date.parse(at) + 1).toISOString();
  return at;
}
