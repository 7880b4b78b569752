import type { VersionMemory } from './automatic-backups';
import type { DismissMemory } from './empty-database';

/**
 * The two small things the backup feature remembers between starts, in `localStorage` (per
 * origin, like the fieldbook itself). Losing them costs at most one extra backup or question.
 */

const VERSION_KEY = 'cse-fieldbook.last-started-version';
const DISMISSED_KEY = 'cse-fieldbook.empty-start-dismissed';

/** The app version that last started, to notice updates. */
export function localVersionMemory(storage: Storage = localStorage): VersionMemory {
  return {
    get: () => storage.getItem(VERSION_KEY),
    set: (version) => storage.setItem(VERSION_KEY, version),
  };
}

/** The newest backup the assessor declined to restore into an empty fieldbook. */
export function localDismissMemory(storage: Storage = localStorage): DismissMemory {
  return {
    get: () => storage.getItem(DISMISSED_KEY),
    set: (name) => storage.setItem(DISMISSED_KEY, name),
  };
}
