// Bytes of a text file to a string without the platform's TextDecoder (shared/ has no DOM or
// Node types): UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and
// Windows-1252 for the older files that are not valid UTF-8.

/** Windows-1252 characters 0x80–0x9f (undefined ones as U+FFFD). */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function fromCodePoints(points: number[]): string {
  let out = '';
  for (let i = 0; i < points.length; i += 8192) {
    out += String.fromCodePoint(...points.slice(i, i + 8192));
  }
  return out;
}

/** Strict UTF-8; null when the bytes are not valid UTF-8. */
function utf8(bytes: Uint8Array, from: number): string | null {
  const points: number[] = [];
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      points.push(b);
      i += 1;
      continue;
    }
    const extra =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return null;
    let cp = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k += 1) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = extra === 1 ? 0x80 : extra === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    points.push(cp);
    i += extra + 1;
  }
  return fromCodePoints(points);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = '';
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const lo = bytes[i] as number;
    const hi = bytes[i + 1] as number;
    units.push(littleEndian ? lo | (hi << 8) : (lo << 8) | hi);
    if (units.length === 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

function cp1252(bytes: Uint8Array): string {
  const points: number[] = [];
  for (const b of bytes) {
    points.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH.codePointAt(b - 0x80) as number) : b);
  }
  return fromCodePoints(points);
}

/**
 * The text of a file's bytes: UTF-16 when it starts with a UTF-16 byte-order mark, UTF-8 when
 * valid (a UTF-8 byte-order mark is dropped), Windows-1252 otherwise. Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return utf8(bytes, bom) ?? cp1252(bytes);
}

/** Whether bytes look like binary data rather than text: a NUL byte in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return false;
  }
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}
