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
 * Slack before a backup counts as dated in the future: clocks of one machine drift by seconds,
 * and a backup written a moment ago must never look like one from the future.
 */
export const FUTURE_SLACK_MS = 5 * 60 * 1000;

/**
 * True when a backup's instant is later than `now` (ISO 8601) by more than the slack: the clock
 * was wrong when it was made, or is wrong now. Such backups are flagged in the list and kept:
 * retention never counts or prunes them, since "newest" means nothing for them.
 */
export function isDatedInFuture(createdAt: string, now: string): boolean {
  const at = Date.parse(createdAt);
  const current = Date.parse(now);
  return Number.isFinite(at) && Number.isFinite(current) && at - current > FUTURE_SLACK_MS;
}

/** What the retention must know besides the names. */
export interface PruneContext {
  /** The backup just written: never pruned, whatever the dates of the others. */
  readonly justWritten?: string;
  /** The current instant, ISO 8601: backups dated later (beyond the slack) are kept. */
  readonly now?: string;
}

/**
 * The names among `names` to delete so that each reason keeps only its newest `keep[reason]`.
 * Names that are not backup names are never returned, whatever they are; nor is the backup just
 * written, nor any backup dated in the future (see `isDatedInFuture`).
 */
export function backupsToPrune(
  names: readonly string[],
  keep: Readonly<Record<BackupReason, number>> = BACKUP_RETENTION,
  context: PruneContext = {},
): string[] {
  const byReason = new Map<BackupReason, { name: string; createdAt: string }[]>();
  for (const name of names) {
    const info = parseBackupFileName(name);
    if (info === null) continue;
    if (context.now !== undefined && isDatedInFuture(info.createdAt, context.now)) continue;
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
  return prune.filter((name) => name !== context.justWritten).sort();
}
