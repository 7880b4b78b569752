import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupText, buildBackup } from '../../shared/backup/build';
import { backupFileName } from '../../shared/backup/names';
import { createIndexedDbBackupStore } from '../../src-renderer/platform/web-backups';

const at = (day: number): string => new Date(Date.UTC(2026, 0, day, 9)).toISOString();
const bytes = (createdAt: string): Uint8Array =>
  new TextEncoder().encode(backupText(buildBackup([], { createdAt, reason: 'daily' })));

function freshStore(factory = new IDBFactory()) {
  return {
    factory,
    store: createIndexedDbBackupStore(() => factory as unknown as globalThis.IDBFactory),
  };
}

describe('the browser build keeps backups in their own IndexedDB database', () => {
  it('writes, lists newest first and reads back the same bytes', async () => {
    const { store } = freshStore();
    const first = backupFileName(at(1), 'daily', false);
    const second = backupFileName(at(2), 'daily', false);
    await expect(store.write(first, bytes(at(1)))).resolves.toMatchObject({
      name: first,
      reason: 'daily',
      size: bytes(at(1)).byteLength,
    });
    await store.write(second, bytes(at(2)));
    expect((await store.list()).map((b) => b.name)).toEqual([second, first]);
    expect(await store.read(first)).toEqual(bytes(at(1)));
  });

  it('survives a reopen (a new page on the same origin)', async () => {
    const { factory, store } = freshStore();
    const name = backupFileName(at(1), 'daily', false);
    await store.write(name, bytes(at(1)));
    const reopened = createIndexedDbBackupStore(() => factory as unknown as globalThis.IDBFactory);
    expect((await reopened.list()).map((b) => b.name)).toEqual([name]);
  });

  it('refuses bad names, non-backups and overwriting, keeping what was there', async () => {
    const { store } = freshStore();
    const name = backupFileName(at(1), 'daily', false);
    await store.write(name, bytes(at(1)));
    await expect(store.write('../x.json', bytes(at(1)))).rejects.toThrow(/not a backup name/);
    await expect(
      store.write(backupFileName(at(3), 'daily', false), new TextEncoder().encode('{}')),
    ).rejects.toThrow(/not kept/);
    await expect(store.write(name, bytes(at(2)))).rejects.toThrow(/already exists/);
    expect(await store.read(name)).toEqual(bytes(at(1)));
    expect(await store.list()).toHaveLength(1);
    await expect(store.read('nothing')).rejects.toThrow(/no backup named/);
  });

  it('keeps the ten newest daily backups', async () => {
    const { store } = freshStore();
    for (let day = 1; day <= 12; day += 1)
      await store.write(backupFileName(at(day), 'daily', false), bytes(at(day)));
    const kept = await store.list();
    expect(kept).toHaveLength(10);
    expect(kept.at(-1)?.createdAt).toBe(at(3));
  });
});
