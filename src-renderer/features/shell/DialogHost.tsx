import { useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { referenceInUse } from '../../../shared/records/find-by-reference';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';
import { NewOrganisationDialog } from './NewOrganisationDialog';
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
      confirmReplace: st.confirmReplace,
      importDespiteReference: st.importDespiteReference,
      navigate: st.navigate,
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
      return (
        <Dialog
          title={`${dialog.fileName} was not opened`}
          onClose={close}
          footer={
            <button type="button" className="btn primary" onClick={close}>
              Close
            </button>
          }
        >
          <p role="alert">
            The file is not a valid CSE Fieldbook record ({dialog.errors.length} problem
            {dialog.errors.length === 1 ? '' : 's'}). Nothing was imported or changed.
          </p>
          <ul className="error-list" aria-label="Problems in the file">
            {dialog.errors.slice(0, 50).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.problem}
                {e.expected ? ` — expected ${e.expected}` : ''}
              </li>
            ))}
          </ul>
          {dialog.errors.length > 50 ? (
            <p className="muted">…and {dialog.errors.length - 50} more.</p>
          ) : null}
        </Dialog>
      );
    case 'confirm-replace':
      return (
        <Dialog
          title="Replace the stored record?"
          onClose={close}
          footer={
            <>
              <button type="button" className="btn" onClick={close}>
                Cancel
              </button>
              <button type="button" className="btn primary" onClick={() => void s.confirmReplace()}>
                Replace
              </button>
            </>
          }
        >
          <p>
            {dialog.fileName} holds “{dialog.record.organisation.name}”, which is already stored as
            “{dialog.existing.name}”. Replacing it writes the file’s version over the stored one;
            every changed field is kept in the change log.
            {dialog.bundle
              ? ' The stored documents and links are kept; the bundle’s documents are added.'
              : ''}
          </p>
          {dialog.kept.length > 0 ? (
            <div className="kept-as-stored">
              <strong id="kept-as-stored">Kept as stored:</strong>
              <ul aria-labelledby="kept-as-stored">
                {dialog.kept.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </Dialog>
      );
    case 'confirm-duplicate-reference': {
      const holder = dialog.holder;
      return (
        <Dialog
          title={`${dialog.record.organisation.reference.trim()} is already in use`}
          onClose={close}
          footer={
            <>
              <button type="button" className="btn" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  close();
                  s.navigate({ screen: 'organisation', organisationId: holder.id });
                }}
              >
                Open the stored one
              </button>
              <button
                type="button"
                className="btn primary"
                onClick={() => void s.importDespiteReference()}
              >
                Import as a second organisation
              </button>
            </>
          }
        >
          <p role="alert">
            {dialog.fileName} holds “{dialog.record.organisation.name}”, reference{' '}
            {dialog.record.organisation.reference.trim()}.{' '}
            {referenceInUse(dialog.record.organisation.reference, holder)} It is a different record
            (not a copy of that one), so importing it would make a second organisation with the same
            reference. Nothing has been imported yet.
          </p>
        </Dialog>
      );
    }
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
