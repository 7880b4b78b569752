import type { ReactElement } from 'react';
import type { OrganisationId } from '../../../shared/types/ids';
import { saveBundle } from '../../services/evidence/bundle-io';
import { useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';

/**
 * Saving the record with its documents as one zip, and opening such a bundle: the same path as
 * "Open record…" (asks in the app's dialog when it would replace a stored record or repeat a
 * reference, makes the safety backup, reads the record again), then shows the bundle's library.
 */
export function BundleButtons({
  organisationId,
}: {
  readonly organisationId: OrganisationId;
}): ReactElement {
  const deps = useDeps();
  const flush = useApp((s) => s.flush);
  const evidence = useApp((s) => s.evidence);
  const openRecordFile = useApp((s) => s.openRecordFile);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() =>
          void saveBundle(organisationId, deps, flush).then((m) =>
            evidence.notify(organisationId, m),
          )
        }
      >
        Save record with documents (.zip)…
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void flush().then(() => openRecordFile('zip'))}
      >
        Open record bundle…
      </button>
    </>
  );
}
