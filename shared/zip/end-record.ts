// The end of a zip archive: where its central directory is and how many entries it declares,
// read from the end record (and the zip64 end record when the plain one overflows).
import { ok } from '../types/result';
import type { ByteReader, ZipOutcome } from './zip-format';
import { EOCD, MAX_COMMENT, ZIP64_EOCD, ZIP64_LOCATOR, zipProblem } from './zip-format';

/** What an archive's end record declares about its central directory. */
export interface EndRecord {
  /** The number of entries the central directory holds. */
  readonly count: number;
  /** Where the central directory starts. */
  readonly cdOffset: number;
  /** The central directory's length in bytes. */
  readonly cdSize: number;
  /** Where the end records start: the central directory must end at or before this. */
  readonly end: number;
}

/**
 * The archive's end record, searched for from the end over at most the largest comment;
 * refused when it is missing (a truncated file, or not a zip archive) or the archive is split
 * over several files. `what` names the file in the sentence ("Word document").
 */
export function findEndRecord(
  bytes: Uint8Array,
  r: ByteReader,
  what: string,
): ZipOutcome<EndRecord> {
  const truncated = zipProblem(
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
    return zipProblem('damaged', `the ${what} is split over several zip files, which is not read`);
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
