import { useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';
import { NewOrganisationDialog } from './NewOrganisationDialog';
import { ConfirmReplaceDialog, DuplicateReferenceDialog, FileErrorsDialog } from './FileDialogs';
import { XlsxImportDialog } from '../exports/XlsxImportDialog';
import { WordImportDialog } from '../word/WordImportDialog';
import { SignOffDialog, WithdrawSignOffDialog } from '../signoff/SignOffDialogs';
import { RemoveStageDialog } from '../organisation/RemoveStageDialog';
import { RecoveryDialog } from '../recovery/RecoveryDialog';

/** Shows the store's current dialog, if any. */
export function DialogHost(): ReactElement | null {
  const s = useApp(
    useShallow((st) => ({
      dialog: st.dialog,
      show: st.showDialog,
      rename: st.renameOrganisation,
    })),
  );
  const close = (): void => s.show(null);
  const dialog = s.dialog;
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new-organisation':
      return <NewOrganisationDialog />;
    case 'rename':
      return (
        <RenameDialog
          key={dialog.organisationId}
          name={dialog.name}
          onClose={close}
          onRename={(name) => void s.rename(dialog.organisationId, name)}
        />
      );
    case 'file-errors':
      return <FileErrorsDialog dialog={dialog} close={close} />;
    case 'confirm-replace':
      return <ConfirmReplaceDialog dialog={dialog} close={close} />;
    case 'confirm-duplicate-reference':
      return <DuplicateReferenceDialog dialog={dialog} close={close} />;
    case 'sign-off':
      return <SignOffDialog stageId={dialog.stageId} />;
    case 'withdraw-sign-off':
      return <WithdrawSignOffDialog stageId={dialog.stageId} />;
    case 'remove-stage':
      return <RemoveStageDialog stageId={dialog.stageId} />;
    case 'recovery':
      return <RecoveryDialog />;
    case 'word-import':
      return <WordImportDialog {...dialog} />;
    case 'xlsx-import':
      return (
        <XlsxImportDialog
          fileName={dialog.fileName}
          stageId={dialog.stageId}
          edits={dialog.edits}
        />
      );
    case 'message':
      return (
        <Dialog
          title={dialog.title}
          onClose={close}
          footer={
            <button type="button" className="btn primary" onClick={close}>
              OK
            </button>
          }
        >
          <p>{dialog.body}</p>
        </Dialog>
      );
  }
}

function RenameDialog({
  name,
  onClose,
  onRename,
}: {
  readonly name: string;
  readonly onClose: () => void;
  readonly onRename: (name: string) => void;
}): ReactElement {
  const [value, setValue] = useState(name);
  const valid = value.trim() !== '';
  return (
    <Dialog
      title="Rename organisation"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="rename-form" className="btn primary" disabled={!valid}>
            Rename
          </button>
        </>
      }
    >
      <form
        id="rename-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onRename(value);
        }}
      >
        <div className="field">
          <label htmlFor="rename-input">Name of organisation</label>
          <input
            id="rename-input"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            maxLength={1000}
          />
        </div>
      </form>
    </Dialog>
  );
}
