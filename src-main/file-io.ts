import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file system calls `writeFileAtomic` makes, injectable so tests can make one of them fail.
 */
export interface AtomicWriteFs {
  readonly open: typeof open;
  readonly rename: typeof rename;
  readonly rm: typeof rm;
}

const NODE_FS: AtomicWriteFs = { open, rename, rm };

/**
 * Writes `bytes` to `target` so that a crash, a full disk or a failed write never leaves a
 * half-written file: a temp file in the same folder (same file system, so the rename is atomic)
 * is written, flushed to disk (`fsync`) and renamed over the target; then the folder is synced so
 * the rename itself survives a power cut. On any failure the temp file is removed and the
 * existing target is untouched.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = NODE_FS,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Best effort: directories cannot be opened for syncing on Windows, and that is fine there. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform: the rename is still atomic, only its durability is weaker.
  }
}

/** A file the user picked is bigger than the bridge allows. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
}

/**
 * Reads a whole regular file of at most `maxBytes`, checking the size before reading anything
 * so a huge pick costs nothing. The bytes come back in an exactly sized buffer (IPC copies the
 * whole underlying buffer). Refuses folders and devices, and files that grow while read.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`“${basename(path)}” is not a file.`);
    if (stats.size > maxBytes)
      throw new FileTooLargeError(tooLargeMessage(path, stats.size, maxBytes));
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.byteLength - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, filled);
    if (filled !== stats.size || extra !== 0) {
      throw new Error(`“${basename(path)}” changed while it was being read; please try again.`);
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

function tooLargeMessage(path: string, size: number, maxBytes: number): string {
  const bytes = size.toLocaleString('en-GB');
  const limit = `${maxBytes / 1024 / 1024} MiB`;
  return `“${basename(path)}” is too large to open (${bytes} bytes): CSE Fieldbook opens files of at most ${limit}.`;
}
