import type { ReactElement } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { Dialog } from '../../components/Dialog';
import { BackupPanel } from './BackupPanel';

/** The Backups panel in a modal dialog (opened from the top bar). */
export function BackupsDialog({
  onClose,
  restoreFirst,
}: {
  readonly onClose: () => void;
  readonly restoreFirst?: BackupInfo;
}): ReactElement {
  return (
    <Dialog title="Backups" onClose={onClose} className="backups-dialog">
      <BackupPanel onClose={onClose} {...(restoreFirst ? { restoreFirst } : {})} />
    </Dialog>
  );
}
