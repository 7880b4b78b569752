// The fixed parts of the zip format that the central directory reader relies on: record
// signatures, fixed header sizes, and little-endian reads that never throw.
import type { Result } from '../types/result';
import { fail } from '../types/result';
import type { ZipProblem, ZipProblemCode } from './problems';

/** The signature of the end of central directory record. */
export const EOCD = 0x06054b50;
/** The signature of the zip64 end of central directory locator. */
export const ZIP64_LOCATOR = 0x07064b50;
/** The signature of the zip64 end of central directory record. */
export const ZIP64_EOCD = 0x06064b50;
/** The signature of a central directory file header. */
export const CENTRAL = 0x02014b50;
/** The signature of a local file header. */
export const LOCAL = 0x04034b50;
/** The fixed part of a central directory file header, in bytes. */
export const CENTRAL_SIZE = 46;
/** The fixed part of a local file header, in bytes. */
export const LOCAL_SIZE = 30;
/** The largest comment a zip archive's end record may carry. */
export const MAX_COMMENT = 0xffff;

/** A value read from the archive, or the one refusal that stops the reading. */
export type ZipOutcome<T> = Result<T, ZipProblem>;

/** A refusal with one problem. */
export function zipProblem(code: ZipProblemCode, message: string): ZipOutcome<never> {
  return fail([{ code, message }]);
}

/** Little-endian reads that give `-1` past the end instead of throwing. */
export class ByteReader {
  constructor(private readonly bytes: Uint8Array) {}
  /** The unsigned 16-bit value at `at`, or -1. */
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) return -1;
    return (this.bytes[at] as number) | ((this.bytes[at + 1] as number) << 8);
  }
  /** The unsigned 32-bit value at `at`, or -1. */
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
