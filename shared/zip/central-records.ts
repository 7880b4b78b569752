// The records of a zip archive's central directory, each read and checked on its own: flags,
// compression method, name, and declared sizes against the budget. Reads no compressed byte.
import { ok } from '../types/result';
import { decodeUtf8Replacing } from '../text/utf8';
import type { ZipBudget } from './budgets';
import type { EndRecord } from './end-record';
import { byteText, shownName } from './problems';
import type { ByteReader, ZipOutcome } from './zip-format';
import { CENTRAL, CENTRAL_SIZE, zipProblem } from './zip-format';

/** One file of an archive as its central directory describes it, checked. */
export interface CentralRecord {
  readonly name: string;
  /** The name as stored, to compare with the local header's. */
  readonly nameBytes: Uint8Array;
  /** 0 stored, 8 deflated: the only methods read. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  /** The size the central directory declares; inflating must give exactly this many bytes. */
  readonly size: number;
  readonly crc32: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
  readonly isDirectory: boolean;
}

/** A central file header's fields as stored (zip64 sizes applied), before any check. */
interface Header {
  readonly flags: number;
  readonly method: number;
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly size: number;
  readonly compressedSize: number;
  readonly offset: number;
  readonly crc32: number;
  /** Where the next header starts. */
  readonly next: number;
}

/** The zip64 extended sizes and offset of a central record, where its fields say 0xFFFFFFFF. */
function zip64Fields(
  r: ByteReader,
  extra: number,
  extraEnd: number,
  fields: { size: number; compressedSize: number; offset: number },
): void {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      for (const key of ['size', 'compressedSize', 'offset'] as const) {
        if (fields[key] === 0xffffffff && p + 8 <= at + 4 + length) {
          fields[key] = r.u64(p);
          p += 8;
        }
      }
      return;
    }
    at += 4 + length;
  }
}

/**
 * Whether a name could escape a folder if anyone wrote it out, or would become an object's
 * prototype when a library keys entries by name ("__proto__").
 */
function unsafeName(name: string): boolean {
  if (name === '' || name === '__proto__' || name.includes('\u0000') || name.includes('\\')) {
    return true;
  }
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return true;
  return name.split('/').some((segment) => segment === '..');
}

/** The central file header at `at`, read without checking it (its signature is checked before). */
function readHeader(bytes: Uint8Array, r: ByteReader, at: number): Header {
  const nameLength = r.u16(at + 28);
  const extraLength = r.u16(at + 30);
  const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const fields = { size: r.u32(at + 24), compressedSize: r.u32(at + 20), offset: r.u32(at + 42) };
  const extra = at + CENTRAL_SIZE + nameLength;
  zip64Fields(r, extra, extra + extraLength, fields);
  return {
    flags: r.u16(at + 8),
    method: r.u16(at + 10),
    name: decodeUtf8Replacing(nameBytes),
    nameBytes,
    ...fields,
    crc32: r.u32(at + 16),
    next: at + CENTRAL_SIZE + nameLength + extraLength + r.u16(at + 32),
  };
}

/** What the checks of one record carry over to the next: the names seen, the sizes so far. */
interface Seen {
  readonly names: Set<string>;
  total: number;
}

/**
 * One record checked: refused when it is encrypted, compressed by a method other than stored or
 * deflate, unsafely or doubly named, over the budget (alone or with the records before it), or
 * stored with two different sizes. Adds its name and size to `seen`.
 */
function checkHeader(header: Header, seen: Seen, budget: ZipBudget): ZipOutcome<CentralRecord> {
  const { what } = budget;
  const { name, method, size, compressedSize } = header;
  if ((header.flags & 1) !== 0 || method === 99) {
    return zipProblem(
      'encrypted',
      `the ${what} is encrypted (password-protected); save a copy without a password`,
    );
  }
  if (method !== 0 && method !== 8) {
    return zipProblem(
      'unsupported-method',
      `${shownName(name)} in the ${what} is compressed with a method this app does not read (zip method ${method})`,
    );
  }
  if (unsafeName(name)) {
    return zipProblem(
      'unsafe-name',
      `the ${what} holds an entry with an unsafe name (${shownName(name)}), as a hostile file does`,
    );
  }
  if (seen.names.has(name)) {
    return zipProblem(
      'duplicate-name',
      `the ${what} holds the entry ${shownName(name)} twice, as a tampered file does`,
    );
  }
  seen.names.add(name);
  if (size < 0 || size > budget.maxEntryBytes) {
    return zipProblem(
      'too-large',
      `${shownName(name)} in the ${what} unpacks to more than ${byteText(budget.maxEntryBytes)}, which is more than a real ${what} holds (a "zip bomb" or a damaged file)`,
    );
  }
  seen.total += size;
  if (seen.total > budget.maxTotalBytes) {
    return zipProblem(
      'too-large',
      `the ${what} unpacks to more than ${byteText(budget.maxTotalBytes)}, which is more than a real ${what} holds (a "zip bomb" or a damaged file)`,
    );
  }
  if (method === 0 && compressedSize !== size) {
    return zipProblem(
      'size-mismatch',
      `${shownName(name)} in the ${what} lies about its size (a "zip bomb" or a damaged file)`,
    );
  }
  return ok({
    name,
    nameBytes: header.nameBytes,
    method,
    compressedSize,
    size,
    crc32: header.crc32,
    localOffset: header.offset,
    isDirectory: name.endsWith('/'),
  });
}

/**
 * Every record of the central directory the end record points at, each checked (see
 * checkHeader), in order; refused when the directory is truncated, points outside the file, or
 * a record is unreadable.
 */
export function readCentralRecords(
  bytes: Uint8Array,
  r: ByteReader,
  end: EndRecord,
  budget: ZipBudget,
): ZipOutcome<CentralRecord[]> {
  const { what } = budget;
  const cdEnd = end.cdOffset + end.cdSize;
  if (cdEnd > end.end || end.count * CENTRAL_SIZE > end.cdSize) {
    return zipProblem(
      'damaged',
      `the ${what} is damaged: its zip archive's central directory is truncated or points outside the file`,
    );
  }
  const records: CentralRecord[] = [];
  const seen: Seen = { names: new Set<string>(), total: 0 };
  let at = end.cdOffset;
  for (let i = 0; i < end.count; i += 1) {
    if (r.u32(at) !== CENTRAL) {
      return zipProblem(
        'damaged',
        `the ${what} is damaged: entry ${i + 1} of its central directory is unreadable`,
      );
    }
    const header = readHeader(bytes, r, at);
    if (header.next > cdEnd) {
      return zipProblem(
        'damaged',
        `the ${what} is damaged: its zip archive's central directory is truncated`,
      );
    }
    const record = checkHeader(header, seen, budget);
    if (!record.ok) return record;
    records.push(record.value);
    at = header.next;
  }
  return ok(records);
}
