// Inflating one zip entry through a stream that stops at its budget, whatever its header claims.
import { Inflate } from 'fflate';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ZipEntry } from './central-directory';
import type { ZipProblem } from './problems';
import { shownName } from './problems';

/**
 * Compressed bytes pushed into the inflater at a time. Deflate expands at most ~1032 to 1, so
 * one push yields at most ~4 MiB before the budget is checked again.
 */
const CHUNK = 4 * 1024;

let table: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3), as zip archives store it for each entry. */
export function crc32(bytes: Uint8Array): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) {
    crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function lies(entry: ZipEntry, what: string): Result<never, ZipProblem> {
  return fail([
    {
      code: 'size-mismatch',
      message: `${shownName(entry.name)} in the ${what} lies about its size (a "zip bomb" or a damaged file)`,
    },
  ]);
}

function damaged(entry: ZipEntry, what: string, why: string): Result<never, ZipProblem> {
  return fail([
    { code: 'damaged', message: `the ${what} is damaged: ${shownName(entry.name)} ${why}` },
  ]);
}

/**
 * The bytes of one entry, inflated chunk by chunk and refused as soon as they pass the size
 * the central directory declared (already checked against the budget), or when they end short
 * of it, do not inflate, or fail their CRC-32. Never holds more than the declared size.
 */
export function inflateEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  what: string,
): Result<Uint8Array, ZipProblem> {
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0 || (entry.size === 0 && data.length === 0)) {
    out = data.slice();
  } else {
    out = new Uint8Array(entry.size);
    let length = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      if (over) return;
      if (length + chunk.length > entry.size) {
        over = true;
        return;
      }
      out.set(chunk, length);
      length += chunk.length;
    });
    try {
      for (let at = 0; at < data.length && !over; at += CHUNK) {
        const end = Math.min(at + CHUNK, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch {
      if (over) return lies(entry, what);
      return damaged(entry, what, 'does not inflate');
    }
    if (over || length !== entry.size) return lies(entry, what);
  }
  if (crc32(out) !== entry.crc32) return damaged(entry, what, 'fails its checksum');
  return ok(out);
}
