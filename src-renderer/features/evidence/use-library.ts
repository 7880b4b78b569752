import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { OrganisationId } from '../../../shared/types/ids';
import { useDeps } from '../../state/use-deps';
import type { EvidenceSession } from '../../services/evidence/evidence-session';
import { evidenceSessions } from '../../services/evidence/evidence-session';
import type { LibraryState } from '../../services/evidence/library-state';

/**
 * The evidence session of an organisation and its state, loaded on first use. `reload` loads
 * it again when the component mounts (the library screen does, so an import is seen).
 */
export function useLibrary(
  organisationId: OrganisationId,
  options: { readonly reload?: boolean } = {},
): { readonly session: EvidenceSession; readonly state: LibraryState } {
  const deps = useDeps();
  const sessionDeps = useMemo(
    () => ({
      repository: deps.repository,
      platform: deps.platform,
      now: deps.now,
      newId: deps.newId,
    }),
    [deps],
  );
  // The registry's current session: a dropped one (a restore, an import) is replaced here.
  const session = useSyncExternalStore(evidenceSessions.subscribe, () =>
    evidenceSessions.get(organisationId, sessionDeps),
  );
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const reload = options.reload === true;
  useEffect(() => {
    if (reload || session.getState().status === 'loading') void session.load();
  }, [session, reload]);
  return { session, state };
}
