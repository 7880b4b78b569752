import { useState } from 'react';
import type { ReactElement } from 'react';
import { Dialog } from '../../components/Dialog';
import { describeBackup } from './backup-text';
import { BackupsDialog } from './BackupsDialog';
import { useEmptyDatabaseCheck } from './use-empty-database-check';

/**
 * Mounted once at start-up: when the fieldbook is unexpectedly empty but backups exist, it
 * offers to restore instead of letting the assessor start fresh without knowing.
 */
export function EmptyDatabaseCheck(): ReactElement | null {
  const { offer, dismiss, later } = useEmptyDatabaseCheck();
  const [restoring, setRestoring] = useState(false);
  if (offer === null) return null;
  if (restoring) return <BackupsDialog restoreFirst={offer.newest} onClose={later} />;
  return (
    <Dialog
      title="Your fieldbook is empty"
      onClose={later}
      footer={
        <>
          <button type="button" className="btn" onClick={dismiss}>
            Start with an empty fieldbook
          </button>
          <button type="button" className="btn primary" onClick={() => setRestoring(true)}>
            Restore…
          </button>
        </>
      }
    >
      <p>
        CSE Fieldbook found no organisations, but {offer.count} backup
        {offer.count === 1 ? ' exists' : 's exist'}. The newest:{' '}
        <strong>{describeBackup(offer.newest)}</strong>.
      </p>
      <p>
        If you did not expect an empty fieldbook, restore it: you will see what the backup holds
        before anything is written.
      </p>
    </Dialog>
  );
}
