import { mkdir, mkdtemp, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AtomicWriteFs } from '../../src-main/file-io';
import { FileTooLargeError, readFileCapped, writeFileAtomic } from '../../src-main/file-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-io-'));
});

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Real file system calls, except that the temp file's `fsync` fails like a full disk. */
const failingSync: AtomicWriteFs = {
  rename,
  rm,
  open: (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    handle.sync = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    return handle;
  }) as typeof open,
};

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file', async () => {
    const target = join(dir, 'record.json');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('replaces an existing file as a whole', async () => {
    const target = join(dir, 'record.json');
    await writeFile(target, 'old and longer');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('leaves an existing file untouched, and no temp file, when the write fails', async () => {
    const target = join(dir, 'record.json');
    await writeFile(target, 'old');
    await expect(writeFileAtomic(target, bytes('new'), failingSync)).rejects.toThrow(/ENOSPC/);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('removes the temp file when the rename fails', async () => {
    const target = join(dir, 'a-folder');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a-folder']);
  });
});

describe('readFileCapped', () => {
  it('reads the whole file into an exactly sized buffer', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, 'x'.repeat(70_000));
    const read = await readFileCapped(path, 100_000);
    expect(read.byteLength).toBe(70_000);
    expect(read.buffer.byteLength).toBe(70_000);
    expect(read.every((b) => b === 0x78)).toBe(true);
  });

  it('reads an empty file', async () => {
    const path = join(dir, 'empty');
    await writeFile(path, '');
    expect((await readFileCapped(path, 10)).byteLength).toBe(0);
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const path = join(dir, 'b.bin');
    await writeFile(path, new Uint8Array(10));
    await expect(readFileCapped(path, 10)).resolves.toHaveLength(10);
    await expect(readFileCapped(path, 9)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('refuses folders', async () => {
    await expect(readFileCapped(dir, 10)).rejects.toThrow(/is not a file/);
  });
});
