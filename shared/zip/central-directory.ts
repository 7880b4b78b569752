// The central directory of a zip archive, read and checked before anything is inflated: entry
// count, declared sizes, names, compression methods and the places of the entries' data.
// The end record is found by end-record.ts, each record read and checked by central-records.ts.
import { ok } from '../types/result';
import type { ZipBudget } from './budgets';
import type { CentralRecord } from './central-records';
import { readCentralRecords } from './central-records';
import { findEndRecord } from './end-record';
import { shownName } from './problems';
import type { ZipOutcome } from './zip-format';
import { ByteReader, EOCD, LOCAL, LOCAL_SIZE, zipProblem } from './zip-format';

/** One file of an archive as its central directory describes it, checked against its local header. */
export interface ZipEntry extends Omit<CentralRecord, 'nameBytes' | 'localOffset'> {
  /** Where the entry's compressed bytes start in the archive. */
  readonly dataOffset: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Finds each entry's data through its local header; refuses entries that overlap. */
function locate(
  bytes: Uint8Array,
  r: ByteReader,
  cdOffset: number,
  records: readonly CentralRecord[],
  what: string,
): ZipOutcome<ZipEntry[]> {
  const spans: { start: number; end: number }[] = [];
  const out: ZipEntry[] = [];
  for (const record of records) {
    const at = record.localOffset;
    const nameLength = r.u16(at + 26);
    const dataOffset = at + LOCAL_SIZE + nameLength + r.u16(at + 28);
    const localName = bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
    if (r.u32(at) !== LOCAL || nameLength < 0 || !sameBytes(localName, record.nameBytes)) {
      return zipProblem(
        'damaged',
        `the ${what} is damaged: the entry ${shownName(record.name)} is not where its zip archive says`,
      );
    }
    const end = dataOffset + record.compressedSize;
    if (end > cdOffset) {
      return zipProblem(
        'damaged',
        `the ${what} is damaged: the entry ${shownName(record.name)} runs past the end of its data`,
      );
    }
    spans.push({ start: at, end });
    out.push({
      name: record.name,
      method: record.method,
      compressedSize: record.compressedSize,
      size: record.size,
      crc32: record.crc32,
      dataOffset,
      isDirectory: record.isDirectory,
    });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i += 1) {
    if ((spans[i - 1] as { end: number }).end > (spans[i] as { start: number }).start) {
      return zipProblem(
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
export function readCentralDirectory(bytes: Uint8Array, budget: ZipBudget): ZipOutcome<ZipEntry[]> {
  const r = new ByteReader(bytes);
  if (r.u32(0) !== LOCAL && r.u32(0) !== EOCD) {
    return zipProblem('not-zip', `the file is not a ${budget.what}: it is not a zip archive`);
  }
  const end = findEndRecord(bytes, r, budget.what);
  if (!end.ok) return end;
  if (end.value.count > budget.maxEntries) {
    return zipProblem(
      'too-many-entries',
      `the ${budget.what} holds ${end.value.count} entries; a real one holds far fewer, and at most ${budget.maxEntries} are read`,
    );
  }
  const records = readCentralRecords(bytes, r, end.value, budget);
  if (!records.ok) return records;
  return locate(bytes, r, end.value.cdOffset, records.value, budget.what);
}
