import { listBackupFiles, readBackupFile, writeBackupFile } from './backup-store';
import { handle } from './ipc';

/**
 * The backup channels of the bridge. As every handler (`handle`): sender first (the app origin
 * only), then the request against the contract's schema (a backup name, nothing else; at most
 * 100 MiB), then the folder `directory()` names, chosen by main alone.
 */
export function registerBackupHandlers(devOrigin: string | null, directory: () => string): void {
  handle('writeBackup', devOrigin, async (request) =>
    writeBackupFile(directory(), request.name, request.bytes),
  );
  handle('listBackups', devOrigin, async () => listBackupFiles(directory()));
  handle('readBackup', devOrigin, async (request) => readBackupFile(directory(), request.name));
}
