import type { BackupReason } from '../../../shared/backup/format';
import type { BackupInfo } from '../../../shared/ipc/contract';

/** "2.4 MB", "815 KB", "912 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The instant in the assessor's time zone: "Thu 1 Jan 2026, 09:00". */
export function formatWhen(createdAt: string): string {
  return new Date(createdAt).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const SENTENCE_NAMES: Readonly<Record<BackupReason, string>> = {
  manual: 'Backup you made',
  daily: 'Daily backup',
  'pre-import': 'Backup made before an import',
  'pre-upgrade': 'Backup made before an update',
  'pre-removal': 'Backup made before a stage was removed',
};

/** "Daily backup on Thu 1 Jan 2026, 09:00 (encrypted)", to start a sentence. */
export function describeBackup(backup: BackupInfo): string {
  const what = SENTENCE_NAMES[backup.reason];
  return `${what} on ${formatWhen(backup.createdAt)}${backup.encrypted ? ' (encrypted)' : ''}`;
}
