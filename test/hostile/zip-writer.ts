// A zip writer for hostile archives: it writes whatever it is told, sizes that lie included.
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry as it will be written; `size` and `crc` are what the headers declare. */
export interface RawEntry {
  readonly name: string;
  /** The bytes as stored: already deflated when `method` is 8. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly size: number;
  readonly crc: number;
  readonly flags?: number;
  /** Write no local header: the central directory points here (inside another entry's data). */
  readonly localAt?: number;
}

/** A piece of an entry's text, repeated `times` times. */
export interface Piece {
  readonly text: string | Uint8Array;
  readonly times?: number;
}

const encoder = new TextEncoder();

/**
 * Deflates a long text made of repeated pieces without ever holding it: each piece is deflated
 * once (sync-flushed, so it ends on a byte boundary and refers only to itself) and its bytes
 * are repeated; a final empty block closes the stream. Gives the true size and CRC.
 */
export function deflatedPieces(pieces: readonly Piece[]): {
  data: Uint8Array;
  size: number;
  crc: number;
} {
  const parts: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    const bytes = typeof piece.text === 'string' ? encoder.encode(piece.text) : piece.text;
    const deflated = deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < (piece.times ?? 1); i += 1) {
      parts.push(deflated);
      crc = crc32(bytes, crc);
      size += bytes.length;
    }
  }
  parts.push(new Uint8Array([0x03, 0x00]));
  return { data: concat(parts), size, crc };
}

/** An honest deflated entry. */
export function deflatedEntry(name: string, pieces: readonly Piece[]): RawEntry {
  const { data, size, crc } = deflatedPieces(pieces);
  return { name, data, method: 8, size, crc };
}

/** An honest stored entry. */
export function storedEntry(name: string, text: string | Uint8Array): RawEntry {
  const data = typeof text === 'string' ? encoder.encode(text) : text;
  return { name, data, method: 0, size: data.length, crc: crc32(data) };
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A growing little-endian byte buffer. */
class Bytes {
  private buffer = new Uint8Array(1 << 16);
  length = 0;
  private room(n: number): number {
    if (this.length + n > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    const at = this.length;
    this.length += n;
    return at;
  }
  u16(v: number): this {
    const at = this.room(2);
    this.buffer[at] = v & 0xff;
    this.buffer[at + 1] = (v >>> 8) & 0xff;
    return this;
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16((v >>> 16) & 0xffff);
  }
  u64(v: number): this {
    return this.u32(v % 0x100000000).u32(Math.floor(v / 0x100000000));
  }
  raw(b: Uint8Array): this {
    const at = this.room(b.length);
    this.buffer.set(b, at);
    return this;
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

export interface ZipOptions {
  /** Write zip64 end records (needed past 65,535 entries). */
  readonly zip64?: boolean;
  /** Cut the archive this many bytes before its end (truncated central directory). */
  readonly cutEnd?: number;
}

/** Writes the entries as a zip archive: local headers and data, central directory, end record. */
export function rawZip(entries: readonly RawEntry[], options: ZipOptions = {}): Uint8Array {
  const out = new Bytes();
  const central = new Bytes();
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const offset = e.localAt ?? out.length;
    if (e.localAt === undefined) {
      out
        .u32(0x04034b50)
        .u16(20)
        .u16(e.flags ?? 0x800)
        .u16(e.method)
        .u16(0)
        .u16(0x21);
      out.u32(e.crc).u32(e.data.length).u32(e.size).u16(name.length).u16(0).raw(name).raw(e.data);
    }
    central
      .u32(0x02014b50)
      .u16(20)
      .u16(20)
      .u16(e.flags ?? 0x800)
      .u16(e.method)
      .u16(0)
      .u16(0x21);
    central.u32(e.crc).u32(e.data.length).u32(e.size).u16(name.length).u16(0).u16(0);
    central.u16(0).u16(0).u32(0).u32(offset).raw(name);
  }
  const cdOffset = out.length;
  const cdSize = central.length;
  out.raw(central.bytes());
  const zip64 = options.zip64 === true || entries.length > 0xffff;
  if (zip64) {
    const record = out.length;
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0);
    out.u64(entries.length).u64(entries.length).u64(cdSize).u64(cdOffset);
    out.u32(0x07064b50).u32(0).u64(record).u32(1);
  }
  const count = zip64 ? 0xffff : entries.length;
  out.u32(0x06054b50).u16(0).u16(0).u16(count).u16(count);
  out
    .u32(zip64 ? 0xffffffff : cdSize)
    .u32(zip64 ? 0xffffffff : cdOffset)
    .u16(0);
  const bytes = out.bytes();
  return options.cutEnd ? bytes.subarray(0, bytes.length - options.cutEnd) : bytes;
}
