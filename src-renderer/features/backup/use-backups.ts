import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import type { BackupStore } from '../../platform/platform';

/** The kept backups (null while loading) and a way to list them again. */
export interface BackupList {
  readonly backups: readonly BackupInfo[] | null;
  readonly error: string | null;
  refresh(): Promise<void>;
}

/** Lists the backups of `store` on mount and on `refresh()`. */
export function useBackups(store: BackupStore | undefined): BackupList {
  const [backups, setBackups] = useState<readonly BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async (): Promise<void> => {
    if (store === undefined) {
      setBackups([]);
      return;
    }
    try {
      setBackups(await store.list());
      setError(null);
    } catch (e) {
      setError(`The backups could not be listed: ${e instanceof Error ? e.message : String(e)}`);
      setBackups([]);
    }
  }, [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { backups, error, refresh };
}
