// The central directory of a zip archive, read and checked before anything is inflated: entry
// count, declared sizes, names, compression methods and the places of the entries' data.
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ZipBudget } from './budgets';
import type { ZipProblem, ZipProblemCode } from './problems';
import { byteText, shownName } from './problems';
import { decodeUtf8Replacing } from '../text/utf8';

/** One file of an archive as its central directory describes it, checked against its local header. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated: the only methods read. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  /** The size the central directory declares; inflating must give exactly this many bytes. */
  readonly size: number;
  readonly crc32: number;
  /** Where the entry's compressed bytes start in the archive. */
  readonly dataOffset: number;
  readonly isDirectory: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** The largest comment a zip archive's end record may carry. */
const MAX_COMMENT = 0xffff;

type Outcome<T> = Result<T, ZipProblem>;

function problem(code: ZipProblemCode, message: string): Outcome<never> {
  return fail([{ code, message }]);
}

/** Little-endian reads that give `-1` past the end instead of throwing. */
class Reader {
  constructor(private readonly bytes: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) return -1;
    return (this.bytes[at] as number) | ((this.bytes[at + 1] as number) << 8);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) return -1;
    return (this.u16(at) + this.u16(at + 2) * 0x10000) >>> 0;
  }
  /** A 64-bit size; -1 past the end or beyond what a number holds exactly. */
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (low < 0 || high < 0 || high > 0x1fffff) return -1;
    return high * 0x100000000 + low;
  }
}

interface EndRecord {
  readonly count: number;
  readonly cdOffset: number;
  readonly cdSize: number;
  /** Where the end records start: the central directory must end at or before this. */
  readonly end: number;
}

function findEnd(bytes: Uint8Array, r: Reader, what: string): Outcome<EndRecord> {
  const truncated = problem(
    'damaged',
    `the ${what} is damaged: the end of its zip archive (the central directory) is missing, so the file is truncated or is not a zip archive`,
  );
  let at = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX_COMMENT); i -= 1) {
    if (r.u32(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return truncated;
  if (r.u16(at + 4) !== 0 || r.u16(at + 6) !== 0) {
    return problem('damaged', `the ${what} is split over several zip files, which is not read`);
  }
  let count = r.u16(at + 10);
  let cdSize = r.u32(at + 12);
  let cdOffset = r.u32(at + 16);
  let end = at;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    if (r.u32(at - 20) !== ZIP64_LOCATOR) return truncated;
    const record = r.u64(at - 12);
    if (record < 0 || r.u32(record) !== ZIP64_EOCD) return truncated;
    count = r.u64(record + 32);
    cdSize = r.u64(record + 40);
    cdOffset = r.u64(record + 48);
    end = record;
  }
  if (count < 0 || cdSize < 0 || cdOffset < 0) return truncated;
  return ok({ count, cdOffset, cdSize, end });
}

/** The zip64 extended sizes and offset of a central record, where its fields say 0xFFFFFFFF. */
function zip64Fields(
  r: Reader,
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

interface Central extends Omit<ZipEntry, 'dataOffset'> {
  readonly localOffset: number;
  readonly nameBytes: Uint8Array;
}

function readCentral(
  bytes: Uint8Array,
  r: Reader,
  end: EndRecord,
  budget: ZipBudget,
): Outcome<Central[]> {
  const { what } = budget;
  const cdEnd = end.cdOffset + end.cdSize;
  if (cdEnd > end.end || end.count * CENTRAL_SIZE > end.cdSize) {
    return problem(
      'damaged',
      `the ${what} is damaged: its zip archive's central directory is truncated or points outside the file`,
    );
  }
  const entries: Central[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = end.cdOffset;
  for (let i = 0; i < end.count; i += 1) {
    if (r.u32(at) !== CENTRAL) {
      return problem(
        'damaged',
        `the ${what} is damaged: entry ${i + 1} of its central directory is unreadable`,
      );
    }
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + r.u16(at + 32);
    if (next > cdEnd) {
      return problem(
        'damaged',
        `the ${what} is damaged: its zip archive's central directory is truncated`,
      );
    }
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = decodeUtf8Replacing(nameBytes);
    const fields = { size: r.u32(at + 24), compressedSize: r.u32(at + 20), offset: r.u32(at + 42) };
    const extra = at + CENTRAL_SIZE + nameLength;
    zip64Fields(r, extra, extra + extraLength, fields);
    if ((flags & 1) !== 0 || method === 99) {
      return problem(
        'encrypted',
        `the ${what} is encrypted (password-protected); save a copy without a password`,
      );
    }
    if (method !== 0 && method !== 8) {
      return problem(
        'unsupported-method',
        `${shownName(name)} in the ${what} is compressed with a method this app does not read (zip method ${method})`,
      );
    }
    if (unsafeName(name)) {
      return problem(
        'unsafe-name',
        `the ${what} holds an entry with an unsafe name (${shownName(name)}), as a hostile file does`,
      );
    }
    if (names.has(name)) {
      return problem(
        'duplicate-name',
        `the ${what} holds the entry ${shownName(name)} twice, as a tampered file does`,
      );
    }
    names.add(name);
    if (fields.size < 0 || fields.size > budget.maxEntryBytes) {
      return problem(
        'too-large',
        `${shownName(name)} in the ${what} unpacks to more than ${byteText(budget.maxEntryBytes)}, which is more than a real ${what} holds (a "zip bomb" or a damaged file)`,
      );
    }
    total += fields.size;
    if (total > budget.maxTotalBytes) {
      return problem(
        'too-large',
        `the ${what} unpacks to more than ${byteText(budget.maxTotalBytes)}, which is more than a real ${what} holds (a "zip bomb" or a damaged file)`,
      );
    }
    if (method === 0 && fields.compressedSize !== fields.size) {
      return problem(
        'size-mismatch',
        `${shownName(name)} in the ${what} lies about its size (a "zip bomb" or a damaged file)`,
      );
    }
    entries.push({
      name,
      nameBytes,
      method,
      compressedSize: fields.compressedSize,
      size: fields.size,
      crc32: r.u32(at + 16),
      localOffset: fields.offset,
      isDirectory: name.endsWith('/'),
    });
    at = next;
  }
  return ok(entries);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Finds each entry's data through its local header; refuses entries that overlap. */
function locate(
  bytes: Uint8Array,
  r: Reader,
  cdOffset: number,
  entries: readonly Central[],
  what: string,
): Outcome<ZipEntry[]> {
  const spans: { start: number; end: number }[] = [];
  const out: ZipEntry[] = [];
  for (const entry of entries) {
    const at = entry.localOffset;
    const nameLength = r.u16(at + 26);
    const dataOffset = at + LOCAL_SIZE + nameLength + r.u16(at + 28);
    const localName = bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
    if (r.u32(at) !== LOCAL || nameLength < 0 || !sameBytes(localName, entry.nameBytes)) {
      return problem(
        'damaged',
        `the ${what} is damaged: the entry ${shownName(entry.name)} is not where its zip archive says`,
      );
    }
    const end = dataOffset + entry.compressedSize;
    if (end > cdOffset) {
      return problem(
        'damaged',
        `the ${what} is damaged: the entry ${shownName(entry.name)} runs past the end of its data`,
      );
    }
    spans.push({ start: at, end });
    out.push({
      name: entry.name,
      method: entry.method,
      compressedSize: entry.compressedSize,
      size: entry.size,
      crc32: entry.crc32,
      dataOffset,
      isDirectory: entry.isDirectory,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i += 1) {
    if ((spans[i - 1] as { end: number }).end > (spans[i] as { start: number }).start) {
      return problem(
        'overlapping',
        `the ${what}'s zip entries overlap one another, as a "zip bomb" does`,
      );
    }
  }
  return ok(out);
}

/**
 * The entries of a zip archive from its central directory, refused (with one sentence) when
 * the archive is truncated, holds more entries than `budget.maxEntries` (judged from the count
 * in its end record, before one entry is read), declares an entry or a total over the budget,
 * is encrypted, uses a compression method other than stored or deflate, has an unsafe or
 * doubled name, a stored entry whose sizes differ, or entries whose data overlap. Reads no
 * compressed byte.
 */
export function readCentralDirectory(bytes: Uint8Array, budget: ZipBudget): Outcome<ZipEntry[]> {
  const r = new Reader(bytes);
  if (r.u32(0) !== LOCAL && r.u32(0) !== EOCD) {
    return problem('not-zip', `the file is not a ${budget.what}: it is not a zip archive`);
  }
  const end = findEnd(bytes, r, budget.what);
  if (!end.ok) return end;
  if (end.value.count > budget.maxEntries) {
    return problem(
      'too-many-entries',
      `the ${budget.what} holds ${end.value.count} entries; a real one holds far fewer, and at most ${budget.maxEntries} are read`,
    );
  }
  const central = readCentral(bytes, r, end.value, budget);
  if (!central.ok) return central;
  return locate(bytes, r, end.value.cdOffset, central.value, budget.what);
}
