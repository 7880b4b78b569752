import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { referenceInUse } from '../../../shared/records/find-by-reference';
import { Dialog } from '../../components/Dialog';
import type { Dialog as AppDialog } from '../../state/app-state';
import { useApp } from '../../state/use-app';

type DialogOf<K extends AppDialog['kind']> = Extract<AppDialog, { kind: K }>;

/** A record file that is not valid: its problems (the first 50), and that nothing changed. */
export function FileErrorsDialog({
  dialog,
  close,
}: {
  readonly dialog: DialogOf<'file-errors'>;
  readonly close: () => void;
}): ReactElement {
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
}

/** Asks before an opened record is written over the stored one, naming what stays as stored. */
export function ConfirmReplaceDialog({
  dialog,
  close,
}: {
  readonly dialog: DialogOf<'confirm-replace'>;
  readonly close: () => void;
}): ReactElement {
  const confirmReplace = useApp((st) => st.confirmReplace);
  return (
    <Dialog
      title="Replace the stored record?"
      onClose={close}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={() => void confirmReplace()}>
            Replace
          </button>
        </>
      }
    >
      <p>
        {dialog.fileName} holds “{dialog.record.organisation.name}”, which is already stored as “
        {dialog.existing.name}”. Replacing it writes the file’s version over the stored one; every
        changed field is kept in the change log.
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
}

/** An opened record whose reference another organisation holds: open that one, or import anyway. */
export function DuplicateReferenceDialog({
  dialog,
  close,
}: {
  readonly dialog: DialogOf<'confirm-duplicate-reference'>;
  readonly close: () => void;
}): ReactElement {
  const { navigate, importDespiteReference } = useApp(
    useShallow((st) => ({
      navigate: st.navigate,
      importDespiteReference: st.importDespiteReference,
    })),
  );
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
              navigate({ screen: 'organisation', organisationId: holder.id });
            }}
          >
            Open the stored one
          </button>
          <button
            type="button"
            className="btn primary"
            onClick={() => void importDespiteReference()}
          >
            Import as a second organisation
          </button>
        </>
      }
    >
      <p role="alert">
        {dialog.fileName} holds “{dialog.record.organisation.name}”, reference{' '}
        {dialog.record.organisation.reference.trim()}.{' '}
        {referenceInUse(dialog.record.organisation.reference, holder)} It is a different record (not
        a copy of that one), so importing it would make a second organisation with the same
        reference. Nothing has been imported yet.
      </p>
    </Dialog>
  );
}
