import type { AppDeps } from '../../state/app-state';
import type { BackupDeps } from '../../services/backup/backup-service';
import { platformCrypto } from '../../services/backup/backup-service';
import { generatorText } from '../../../shared/app-identity';

/** What the backup feature needs, from the app's deps (and the store's `flush`). */
export function backupDepsFrom(deps: AppDeps, flush?: () => Promise<void>): BackupDeps {
  return {
    repository: deps.repository,
    platform: deps.platform,
    now: deps.now,
    crypto: platformCrypto(),
    generator: generatorText(),
    ...(flush !== undefined ? { flush } : {}),
  };
}
