import type { BackupReason } from './format';
import { parseBackupFileName } from './names';

/**
 * How many backups of each reason are kept. Automatic backups roll (ten days of dailies, the
 * last five imports, updates and removals); backups the assessor asked for are kept longer. Encrypted
 * and plain backups of one reason count together.
 */
export const BACKUP_RETENTION: Readonly<Record<BackupReason, number>> = {
  manual: 20,
  daily: 10,
  'pre-import': 5,
  'pre-upgrade': 5,
  'pre-removal': 5,
};

/**
 * The names among `names` to delete so that each reason keeps only its newest `keep[reason]`.
 * Names that are not backup names are never returned, whatever they are.
 */
export function backupsToPrune(
  names: readonly string[],
  keep: Readonly<Record<BackupReason, number>> = BACKUP_RETENTION,
): string[] {
  const byReason = new Map<BackupReason, { name: string; createdAt: string }[]>();
  for (const name of names) {
    const info = parseBackupFileName(name);
    if (info === null) continue;
    const list = byReason.get(info.reason) ?? [];
    list.push({ name, createdAt: info.createdAt });
    byReason.set(info.reason, list);
  }
  const prune: string[] = [];
  for (const [reason, list] of byReason) {
    list.sort((a, b) =>
      a.createdAt === b.createdAt
        ? b.name.localeCompare(a.name)
        : a.createdAt < b.createdAt
          ? 1
          : -1,
    );
    prune.push(...list.slice(Math.max(0, keep[reason])).map((b) => b.name));
  }
  return prune.sort();
}
