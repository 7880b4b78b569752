import type { BackupInfo } from '../../../shared/ipc/contract';
import type { FieldbookRepository } from '../../db/index';
import type { Platform } from '../../platform/platform';

/** Backups to offer when the fieldbook starts empty: the newest, and how many there are. */
export interface EmptyDatabaseOffer {
  readonly newest: BackupInfo;
  readonly count: number;
}

/** Remembers which newest backup the assessor chose not to restore, so we ask once. */
export interface DismissMemory {
  get(): string | null;
  set(name: string): void;
}

/**
 * An offer to restore when the fieldbook holds no organisation at all (not even archived or in
 * the trash) while backups exist: the database may have been reset (a browser clearing site
 * data, a crash on a full disk, a moved profile). Null when there is nothing to offer, or the
 * assessor already declined this newest backup. A failure to look is no offer (logged).
 */
export async function checkEmptyDatabase(
  repository: FieldbookRepository,
  platform: Platform,
  dismissed: DismissMemory,
): Promise<EmptyDatabaseOffer | null> {
  const store = platform.backups;
  if (store === undefined) return null;
  try {
    if ((await repository.listPortfolio()).length > 0) return null;
    const backups = await store.list();
    const newest = backups[0];
    if (newest === undefined || dismissed.get() === newest.name) return null;
    return { newest, count: backups.length };
  } catch (error) {
    console.warn('Could not check for backups at start-up:', error);
    return null;
  }
}
