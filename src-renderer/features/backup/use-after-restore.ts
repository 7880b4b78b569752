import { useCallback, useContext } from 'react';
import { StoreContext } from '../../state/use-app';

/**
 * What the app does after a restore wrote records: the open record and the evidence libraries
 * are dropped (they may be stale; the screens load them again from the database) and the
 * portfolio is read again.
 */
export function useAfterRestore(): () => Promise<void> {
  const store = useContext(StoreContext);
  return useCallback(async () => {
    if (store === null) return;
    await store.getState().recordReplaced(null);
  }, [store]);
}
