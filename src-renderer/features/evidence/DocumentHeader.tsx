import type { ReactElement } from 'react';
import type { OrganisationId } from '../../../shared/types/ids';
import type { StoredDocument } from '../../db/index';
import { useApp } from '../../state/use-app';
import { describeDocument } from './DocumentList';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stored: StoredDocument;
  /** Asks to move the document to the trash, or (from the trash) to delete it for good. */
  readonly onRemove: (action: 'trash' | 'delete') => void;
}

/** A document's name and kind, with saving its original file and its place (library, trash). */
export function DocumentHeader({ organisationId, stored, onRemove }: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const doc = stored.document;
  const trashed = doc.trashedAt !== null;
  return (
    <header>
      <div className="doc-title-block">
        <h2 id="doc-title">{doc.name}</h2>
        <span className="muted">
          {describeDocument(stored)} · added {doc.addedAt.slice(0, 10)}
          {trashed ? ' · in the trash' : ''}
        </span>
      </div>
      <span className="spacer" />
      <button
        type="button"
        className="btn small"
        disabled={!stored.hasFile}
        onClick={() => void evidence.saveOriginal(organisationId, doc.id)}
      >
        Save original…
      </button>
      {trashed ? (
        <>
          <button
            type="button"
            className="btn small"
            onClick={() => void evidence.restore(organisationId, doc.id)}
          >
            Restore
          </button>
          <button type="button" className="btn small danger" onClick={() => onRemove('delete')}>
            Delete for good…
          </button>
        </>
      ) : (
        <button type="button" className="btn small danger" onClick={() => onRemove('trash')}>
          Move to trash…
        </button>
      )}
    </header>
  );
}
