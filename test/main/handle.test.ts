// The one IPC preamble (src-main/ipc.ts `handle`): every bridge call has exactly one handler,
// and each checks the sender, then the request, before the handler's own code runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract';
import { registerBackupHandlers } from '../../src-main/backup-ipc';
import { handle, registerIpcHandlers } from '../../src-main/ipc';
import { fakeElectron, invokeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { ipcMain } = fakeElectron;
const APP_URL = 'app://fieldbook/index.html';

function call(channel: string, url: string, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(invokeEvent(url), ...args));
}

afterEach(() => {
  ipcMain.handlers.clear();
  vi.clearAllMocks();
});

describe('handle', () => {
  it('main registers a handler for every call the preload forwards, and no other', () => {
    registerIpcHandlers(null);
    registerBackupHandlers(null, () => '/nonexistent-backups');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('checks the sender before the request, and runs the handler only on a valid one', async () => {
    const fn = vi.fn(async () => ({ name: 'x', bytes: new Uint8Array() }));
    handle('openFile', null, fn);
    await expect(call(INVOKE_CHANNELS.openFile, 'https://evil.example/', 'junk')).rejects.toThrow(
      /^Refused file:open: .* is not the app\.$/,
    );
    await expect(call(INVOKE_CHANNELS.openFile, APP_URL, { kind: 'exe' })).rejects.toThrow(
      /^Invalid request to file:open: kind: /,
    );
    await expect(call(INVOKE_CHANNELS.openFile, APP_URL)).rejects.toThrow(/expected one argument/);
    expect(fn).not.toHaveBeenCalled();
    await expect(call(INVOKE_CHANNELS.openFile, APP_URL, { kind: 'pdf' })).resolves.toEqual({
      name: 'x',
      bytes: new Uint8Array(),
    });
    expect(fn).toHaveBeenCalledExactlyOnceWith({ kind: 'pdf' }, expect.anything());
  });

  it('refuses any argument to a call that takes none', async () => {
    const fn = vi.fn(async () => []);
    handle('listBackups', null, fn);
    await expect(call(INVOKE_CHANNELS.listBackups, APP_URL, {})).rejects.toThrow(
      'Invalid request to backup:list: it takes no arguments.',
    );
    expect(fn).not.toHaveBeenCalled();
    await expect(call(INVOKE_CHANNELS.listBackups, APP_URL)).resolves.toEqual([]);
  });
});
