import { useEffect } from 'react';
import type { OrganisationId } from '../../../shared/types/ids';
import type { LibraryState } from '../../services/evidence/library-state';
import { INITIAL_LIBRARY_STATE } from '../../services/evidence/library-state';
import { useApp } from '../../state/use-app';

/**
 * The state of an organisation's evidence library from the store, loaded on first use and
 * again after the store dropped it (a restore, an import). `reload` loads it again when the
 * component mounts (the library screen does, so an import is seen).
 */
export function useLibrary(
  organisationId: OrganisationId,
  options: { readonly reload?: boolean } = {},
): LibraryState {
  const state = useApp((s) => s.libraries[organisationId]);
  const load = useApp((s) => s.evidence.load);
  const reload = options.reload === true;
  const unloaded = state === undefined || state.status === 'loading';
  useEffect(() => {
    if (reload) void load(organisationId);
  }, [load, organisationId, reload]);
  useEffect(() => {
    if (unloaded) void load(organisationId);
  }, [load, organisationId, unloaded]);
  return state ?? INITIAL_LIBRARY_STATE;
}
