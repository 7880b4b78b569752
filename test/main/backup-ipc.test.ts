import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupText,
  buildBackup,
  encryptBackup,
  encryptedBackupText,
} from '../../shared/backup/build';
import { backupFileName } from '../../shared/backup/names';
import { CHANNELS } from '../../shared/ipc/contract';
import { registerBackupHandlers } from '../../src-main/backup-ipc';
import { backupDirectory } from '../../src-main/backup-store';
import { instant, nodeCrypto, variant } from '../backup/support';
import { fakeElectron, invokeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { ipcMain } = fakeElectron;
const APP_URL = 'app://fieldbook/index.html';
const CHANNEL_LIST = [CHANNELS.backupWrite, CHANNELS.backupList, CHANNELS.backupRead];

function invoke(channel: string, url: string | null, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(invokeEvent(url), ...args));
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const plain = (
  minutes: number,
  reason: 'manual' | 'daily' = 'manual',
): { name: string; bytes: Uint8Array } => ({
  name: backupFileName(instant(minutes), reason, false),
  bytes: encode(backupText(buildBackup([variant('a')], { createdAt: instant(minutes), reason }))),
});

let dir: string;
beforeEach(async () => {
  ipcMain.handlers.clear();
  dir = backupDirectory(await mkdtemp(join(tmpdir(), 'fieldbook-backups-')));
  registerBackupHandlers(null, () => dir);
});

describe('backup channels: who may ask', () => {
  it('registers the three backup channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_LIST].sort());
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/x.html',
    'app://other/',
    'app://fieldbook:1/',
    '',
  ])('refuses a frame at %j on every backup channel, touching nothing', async (url) => {
    for (const channel of CHANNEL_LIST) {
      await expect(invoke(channel, url, plain(0))).rejects.toThrow(/Refused .*is not the app/);
    }
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('refuses a message whose frame is gone', async () => {
    await expect(invoke(CHANNELS.backupList, null)).rejects.toThrow(/no longer exists/);
  });
});

describe('backup channels: what may be asked', () => {
  it.each([
    ['a path', { name: '../../.bashrc', bytes: encode('x') }],
    ['a folder', { name: `sub/${plain(0).name}`, bytes: encode('x') }],
    ['a Windows path', { name: `..\\${plain(0).name}`, bytes: encode('x') }],
    ['an encoded escape', { name: `%2e%2e%2f${plain(0).name}`, bytes: encode('x') }],
    ['a NUL', { name: `${plain(0).name}\u0000.txt`, bytes: encode('x') }],
    ['another name', { name: 'notes.json', bytes: encode('x') }],
    ['no bytes', { name: plain(0).name, bytes: new Uint8Array() }],
    ['bytes as an array', { name: plain(0).name, bytes: [1, 2, 3] }],
    ['extra fields', { ...plain(0), path: '/etc/passwd' }],
    ['nothing', undefined],
  ])('write refuses %s', async (_what, request) => {
    await expect(invoke(CHANNELS.backupWrite, APP_URL, request)).rejects.toThrow(
      /Invalid request to backup:write/,
    );
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('write refuses more than 100 MiB before writing anything', async () => {
    const bytes = new Uint8Array(100 * 1024 * 1024 + 1);
    await expect(
      invoke(CHANNELS.backupWrite, APP_URL, { name: plain(0).name, bytes }),
    ).rejects.toThrow(/100 MiB/);
  });

  it('read refuses anything but a backup name, and list takes no arguments', async () => {
    await expect(invoke(CHANNELS.backupRead, APP_URL, { name: '../secrets.json' })).rejects.toThrow(
      /Invalid request/,
    );
    await expect(invoke(CHANNELS.backupRead, APP_URL, 'x', 'y')).rejects.toThrow(/one argument/);
    await expect(invoke(CHANNELS.backupList, APP_URL, { all: true })).rejects.toThrow(
      /no arguments/,
    );
  });
});

describe('keeping backups', () => {
  it('writes, verifies, lists newest first and reads back the same bytes, leaving no temp file', async () => {
    const first = plain(1);
    const second = plain(2, 'daily');
    await expect(invoke(CHANNELS.backupWrite, APP_URL, first)).resolves.toMatchObject({
      name: first.name,
      reason: 'manual',
      encrypted: false,
      size: first.bytes.byteLength,
    });
    await invoke(CHANNELS.backupWrite, APP_URL, second);
    expect((await readdir(dir)).sort()).toEqual([first.name, second.name].sort());
    const list = (await invoke(CHANNELS.backupList, APP_URL)) as { name: string }[];
    expect(list.map((b) => b.name)).toEqual([second.name, first.name]);
    const bytes = (await invoke(CHANNELS.backupRead, APP_URL, { name: first.name })) as Uint8Array;
    expect(new Uint8Array(bytes)).toEqual(first.bytes);
  });

  it('keeps an encrypted backup after checking its envelope', async () => {
    const sealed = await encryptBackup(
      new TextDecoder().decode(plain(0).bytes),
      'a good passphrase',
      nodeCrypto,
    );
    const name = backupFileName(instant(3), 'manual', true);
    await expect(
      invoke(CHANNELS.backupWrite, APP_URL, { name, bytes: encode(encryptedBackupText(sealed)) }),
    ).resolves.toMatchObject({ encrypted: true });
  });

  it('refuses to keep bytes that are not a backup, and leaves no file behind', async () => {
    const name = plain(0).name;
    await expect(
      invoke(CHANNELS.backupWrite, APP_URL, { name, bytes: encode('{"format":"x"}') }),
    ).rejects.toThrow(/not kept: The backup could not be read/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('never overwrites an existing backup', async () => {
    const first = plain(0);
    await invoke(CHANNELS.backupWrite, APP_URL, first);
    await expect(
      invoke(CHANNELS.backupWrite, APP_URL, { ...first, bytes: plain(0).bytes }),
    ).rejects.toThrow(/already exists/);
    expect(new Uint8Array(await readFile(join(dir, first.name)))).toEqual(first.bytes);
  });

  it('keeps the newest ten daily backups and never deletes other files', async () => {
    await invoke(CHANNELS.backupWrite, APP_URL, plain(0, 'manual'));
    await writeFile(join(dir, 'my-notes.txt'), 'mine');
    const names: string[] = [];
    for (let day = 0; day < 12; day += 1) {
      const daily = plain(60 * 24 * day + 1, 'daily');
      names.push(daily.name);
      await invoke(CHANNELS.backupWrite, APP_URL, daily);
    }
    const kept = await readdir(dir);
    expect(kept).toContain('my-notes.txt');
    expect(kept).toContain(plain(0, 'manual').name);
    expect(kept.filter((n) => n.includes('-daily')).sort()).toEqual(names.slice(2).sort());
  });

  it('never prunes the backup just written, and keeps backups dated in the future', async () => {
    // Issue 15: ten daily backups made while the clock said 2031; the clock is right again.
    await mkdir(dir, { recursive: true });
    const future: string[] = [];
    for (let day = 0; day < 10; day += 1) {
      const name = backupFileName(
        `2031-01-${String(day + 1).padStart(2, '0')}T09:00:00.000Z`,
        'daily',
        false,
      );
      future.push(name);
      await writeFile(join(dir, name), 'made with a wrong clock');
    }
    const today = plain(1, 'daily');
    const now = Date.parse(instant(1));
    vi.useFakeTimers({ now, toFake: ['Date'] });
    try {
      await invoke(CHANNELS.backupWrite, APP_URL, today);
    } finally {
      vi.useRealTimers();
    }
    const kept = await readdir(dir);
    expect(kept).toContain(today.name);
    expect(kept.filter((n) => n.startsWith('fieldbook-backup-2031')).sort()).toEqual(future.sort());
  });

  it('lists nothing before the first backup', async () => {
    await expect(invoke(CHANNELS.backupList, APP_URL)).resolves.toEqual([]);
  });
});
