import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/use-app';
import type { PortfolioLine } from './portfolio-view';

/** Rename, archive, trash and restore for one portfolio line. */
export function PortfolioActions({ line }: { readonly line: PortfolioLine }): ReactElement {
  const a = useApp(
    useShallow((s) => ({
      showDialog: s.showDialog,
      setArchived: s.setArchived,
      moveToTrash: s.moveToTrash,
      restore: s.restoreFromTrash,
    })),
  );
  const name = line.name;
  if (line.trashed) {
    return (
      <div className="row-actions">
        <button
          type="button"
          className="btn small"
          onClick={() => void a.restore(line.id)}
          aria-label={`Restore ${name}`}
        >
          Restore
        </button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <button
        type="button"
        className="btn small"
        onClick={() => a.showDialog({ kind: 'rename', organisationId: line.id, name })}
        aria-label={`Rename ${name}`}
      >
        Rename
      </button>
      <button
        type="button"
        className="btn small"
        onClick={() => void a.setArchived(line.id, !line.archived)}
        aria-label={`${line.archived ? 'Unarchive' : 'Archive'} ${name}`}
      >
        {line.archived ? 'Unarchive' : 'Archive'}
      </button>
      <button
        type="button"
        className="btn small danger"
        onClick={() => void a.moveToTrash(line.id)}
        aria-label={`Move ${name} to the trash`}
      >
        Delete
      </button>
    </div>
  );
}
