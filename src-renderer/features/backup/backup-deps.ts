import type { AppDeps } from '../../state/app-state';
import type { BackupDeps } from './backup-service';
import { platformCrypto } from './backup-service';

/** What the backup feature needs, from the app's deps (and the store's `flush`). */
export function backupDepsFrom(deps: AppDeps, flush?: () => Promise<void>): BackupDeps {
  return {
    repository: deps.repository,
    platform: deps.platform,
    now: deps.now,
    crypto: platformCrypto(),
    generator: 'CSE Fieldbook',
    ...(flush !== undefined ? { flush } : {}),
  };
}
