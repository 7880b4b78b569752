// Budgets of a PDF before pdf.js reads it: how far its compressed streams inflate, and pages.
import { Inflate } from 'fflate';

/** Pages read of one PDF; a longer one is refused before its first page is read. */
export const MAX_PDF_PAGES = 5_000;

/**
 * Bytes one compressed (Flate) stream of a PDF may inflate to: a page scanned at 600 dpi in
 * colour is about 100 MiB; a "stream bomb" inflates a few KB into gigabytes.
 */
export const MAX_PDF_STREAM_BYTES = 128 * 1024 * 1024;

const PAGE = [0x2f, 0x50, 0x61, 0x67, 0x65]; // "/Page"
const TYPE = [0x2f, 0x54, 0x79, 0x70, 0x65]; // "/Type"
const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const END = [0x65, 0x6e, 0x64]; // "end"
const CHUNK = 4 * 1024;

function matchAt(bytes: Uint8Array, at: number, pattern: readonly number[]): boolean {
  for (let i = 0; i < pattern.length; i += 1) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  const first = pattern[0] as number;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (matchAt(bytes, at, pattern)) return at;
  }
  return -1;
}

/** Bytes the zlib data inflates to, counted chunk by chunk, stopping once past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
  });
  try {
    for (let at = 2; at < data.length && size <= limit; at += CHUNK) {
      const end = Math.min(at + CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    // Not Flate after all, encrypted, or damaged: pdf.js will say so itself.
  }
  return size;
}

function isZlibHeader(bytes: Uint8Array, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * Counts how far each Flate-compressed stream of a PDF inflates, in one pass that holds no
 * inflated byte, and names the first that passes `MAX_PDF_STREAM_BYTES` (`null` when none
 * does). pdf.js would inflate such a stream whole into memory.
 */
export function pdfStreamBomb(bytes: Uint8Array): string | null {
  for (let at = indexOf(bytes, STREAM, 0); at >= 0; at = indexOf(bytes, STREAM, at + 6)) {
    if (at >= 3 && matchAt(bytes, at - 3, END)) continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    if (!isZlibHeader(bytes, start)) continue;
    const end = indexOf(bytes, [...END, ...STREAM], start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    if (inflatedSize(data, MAX_PDF_STREAM_BYTES) > MAX_PDF_STREAM_BYTES) {
      return `a compressed stream of the PDF unpacks to more than ${MAX_PDF_STREAM_BYTES / (1024 * 1024)} MiB (a "stream bomb" or a damaged file)`;
    }
    if (end > 0) at = end;
  }
  return null;
}

function isNameChar(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a)
  );
}

function isSpace(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === 0x09 ||
    byte === 0x0c ||
    byte === 0x00
  );
}

/**
 * The page objects (`/Type /Page`) written in plain sight in a PDF, counted up to `limit + 1`
 * without parsing it: pdf.js holds every page of its page tree in memory once it opens a file
 * (about 11 KB each), so a file of a hundred thousand empty pages is refused before it is
 * opened. Pages inside compressed object streams are not seen here; the page count pdf.js
 * reports is checked again after opening.
 */
export function countPdfPageObjects(bytes: Uint8Array, limit: number = MAX_PDF_PAGES): number {
  let count = 0;
  for (
    let at = indexOf(bytes, PAGE, 0);
    at >= 0 && count <= limit;
    at = indexOf(bytes, PAGE, at + 5)
  ) {
    if (isNameChar(bytes[at + 5])) continue;
    let before = at - 1;
    while (before >= 0 && isSpace(bytes[before])) before -= 1;
    if (before >= 4 && matchAt(bytes, before - 4, TYPE)) count += 1;
  }
  return count;
}
