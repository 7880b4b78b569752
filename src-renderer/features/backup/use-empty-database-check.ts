import { useCallback, useEffect, useState } from 'react';
import { useDeps } from '../../state/use-deps';
import type { EmptyDatabaseOffer } from '../../services/backup/empty-database';
import { checkEmptyDatabase } from '../../services/backup/empty-database';
import { localDismissMemory } from '../../services/backup/local-memory';

/** The start-up offer (null: none), and the assessor's two ways to answer "not now". */
export interface EmptyDatabaseCheckState {
  readonly offer: EmptyDatabaseOffer | null;
  /** Start fresh: not asked again until a newer backup exists. */
  dismiss(): void;
  /** Close for now: asked again at the next start. */
  later(): void;
}

/** Checks once, on mount, whether an empty fieldbook should be restored from a backup. */
export function useEmptyDatabaseCheck(): EmptyDatabaseCheckState {
  const { repository, platform } = useDeps();
  const [offer, setOffer] = useState<EmptyDatabaseOffer | null>(null);
  useEffect(() => {
    let live = true;
    void checkEmptyDatabase(repository, platform, localDismissMemory()).then((found) => {
      if (live) setOffer(found);
    });
    return () => {
      live = false;
    };
  }, [repository, platform]);
  const dismiss = useCallback(() => {
    if (offer) localDismissMemory().set(offer.newest.name);
    setOffer(null);
  }, [offer]);
  const later = useCallback(() => setOffer(null), []);
  return { offer, dismiss, later };
}
