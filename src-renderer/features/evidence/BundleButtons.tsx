import { useContext, useRef } from 'react';
import type { ReactElement } from 'react';
import type { OrganisationId } from '../../../shared/types/ids';
import { openBundle, saveBundle } from '../../services/evidence/bundle-io';
import { StoreContext, useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';

/**
 * Saving the record with its documents as one zip, and opening such a bundle (asking first when
 * it would replace a stored record); what came of it shows in the library it went to.
 */
export function BundleButtons({
  organisationId,
}: {
  readonly organisationId: OrganisationId;
}): ReactElement {
  const deps = useDeps();
  const flush = useApp((s) => s.flush);
  const navigate = useApp((s) => s.navigate);
  const evidence = useApp((s) => s.evidence);
  const store = useContext(StoreContext);
  // The organisation a bundle opened into: its library shows what came of it.
  const openedInto = useRef<OrganisationId>(organisationId);
  const opened = (id: OrganisationId): void => {
    openedInto.current = id;
    // The bundle may have replaced the record on screen: drop it so that it is read again.
    if (store?.getState().record?.organisation.id === id) {
      store.setState({ record: null });
      void store.getState().openRecord(id);
    }
    void store?.getState().loadPortfolio();
    navigate({ screen: 'library', organisationId: id, documentId: null });
  };
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
        onClick={() =>
          void flush()
            .then(() =>
              openBundle(deps, evidence, opened, async (p) =>
                window.confirm(
                  `“${p.replaces ?? ''}” is already in this fieldbook. Replace its record with the one in ${p.fileName}? Its documents and links are kept; the bundle’s are added.${p.kept.length > 0 ? `\n\nKept as stored:\n${p.kept.join('\n')}` : ''}`,
                ),
              ),
            )
            .then((m) => evidence.notify(openedInto.current, m))
        }
      >
        Open record bundle…
      </button>
    </>
  );
}
