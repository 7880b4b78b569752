import { ipcMain } from 'electron';
import type { BackupInfo } from '../shared/ipc/contract';
import { CHANNELS, readBackupRequest, writeBackupRequest } from '../shared/ipc/contract';
import { listBackupFiles, readBackupFile, writeBackupFile } from './backup-store';
import { assertTrustedSender, parseRequest } from './ipc';

/**
 * The backup channels of the bridge. As every handler: sender first (the app origin only),
 * then the request against the contract's schema (a backup name, nothing else; at most
 * 100 MiB), then the folder `directory()` names, chosen by main alone.
 */
export function registerBackupHandlers(devOrigin: string | null, directory: () => string): void {
  ipcMain.handle(CHANNELS.backupWrite, async (event, ...args: unknown[]): Promise<BackupInfo> => {
    assertTrustedSender(event, CHANNELS.backupWrite, devOrigin);
    const request = parseRequest(CHANNELS.backupWrite, writeBackupRequest, args);
    return writeBackupFile(directory(), request.name, request.bytes);
  });
  ipcMain.handle(CHANNELS.backupList, async (event, ...args: unknown[]): Promise<BackupInfo[]> => {
    assertTrustedSender(event, CHANNELS.backupList, devOrigin);
    if (args.length !== 0)
      throw new Error(`Invalid request to ${CHANNELS.backupList}: it takes no arguments.`);
    return listBackupFiles(directory());
  });
  ipcMain.handle(CHANNELS.backupRead, async (event, ...args: unknown[]): Promise<Uint8Array> => {
    assertTrustedSender(event, CHANNELS.backupRead, devOrigin);
    const request = parseRequest(CHANNELS.backupRead, readBackupRequest, args);
    return readBackupFile(directory(), request.name);
  });
}
