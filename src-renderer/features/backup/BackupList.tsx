import type { ReactElement } from 'react';
import { BACKUP_REASON_NAMES } from '../../../shared/backup/format';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { describeBackup, formatSize, formatWhen } from './backup-text';
import { isDatedInFuture } from '../../../shared/backup/retention';

interface Props {
  readonly backups: readonly BackupInfo[];
  /** The current instant: backups dated later are flagged (and never pruned). */
  readonly now: string;
  readonly onRestore: (backup: BackupInfo) => void;
  readonly onDownload: (backup: BackupInfo) => void;
}

/** The kept backups, newest first, each with Restore… and Save a copy…. */
export function BackupList({ backups, now, onRestore, onDownload }: Props): ReactElement {
  if (backups.length === 0) {
    return <p className="empty">No backups yet. The first daily backup is made automatically.</p>;
  }
  return (
    <table className="grid backup-list" aria-label="Kept backups">
      <thead>
        <tr>
          <th>Made</th>
          <th>Why</th>
          <th>Size</th>
          <th>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => {
          // Each row's buttons say which backup they act on ("Restore the daily backup on …").
          const which = `the ${describeBackup(b).replace(/^B/, 'b').replace(/^D/, 'd')}`;
          return (
            <tr key={b.name}>
              <td>
                {formatWhen(b.createdAt)}
                {b.encrypted ? <span className="badge backup-encrypted">Encrypted</span> : null}
                {isDatedInFuture(b.createdAt, now) ? (
                  <span className="badge backup-future">
                    Dated in the future: the clock was wrong when it was made. Kept, never removed
                    automatically.
                  </span>
                ) : null}
              </td>
              <td>{BACKUP_REASON_NAMES[b.reason]}</td>
              <td>{formatSize(b.size)}</td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => onRestore(b)}
                    aria-label={`Restore ${which}…`}
                  >
                    Restore…
                  </button>
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => onDownload(b)}
                    title="Save a copy of this backup file elsewhere (another disk, a USB stick)"
                    aria-label={`Save a copy of ${which}…`}
                  >
                    Save a copy…
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
