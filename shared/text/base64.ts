/**
 * Standard base64 (RFC 4648, with padding), written out because shared code has no `btoa` and
 * no `Buffer`. Decoding is strict: a hostile file gets a clear "not base64", never garbage
 * bytes. Both directions are linear and loop-based (no regular expression, no per-character
 * string concatenation), so a 100 MiB backup costs well under a second, not a stack overflow.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='
/** Character code → 6-bit value (-1: not in the alphabet). */
const VALUES = new Int8Array(256).fill(-1);
CODES.forEach((code, i) => (VALUES[code] = i));

/** ASCII `codes` as a string, in chunks small enough for `String.fromCharCode`. */
function asciiText(codes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  }
  return parts.join('');
}

/** Base64 of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = CODES[(n >> 18) & 63] ?? PAD;
    out[o++] = CODES[(n >> 12) & 63] ?? PAD;
    out[o++] = rest > 1 ? (CODES[(n >> 6) & 63] ?? PAD) : PAD;
    out[o++] = rest > 2 ? (CODES[n & 63] ?? PAD) : PAD;
  }
  return asciiText(out);
}

/** The bytes of a base64 text, or null when it is not canonical padded base64. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const dataLength = text.length - padding;
  let o = 0;
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const v = i < dataLength ? (code < 256 ? (VALUES[code] ?? -1) : -1) : code === PAD ? 0 : -1;
    if (v < 0) return null;
    n = (n << 6) | v;
    if (i % 4 === 3) {
      if (o < out.length) out[o++] = (n >> 16) & 255;
      if (o < out.length) out[o++] = (n >> 8) & 255;
      if (o < out.length) out[o++] = n & 255;
      n = 0;
    }
  }
  // Canonical only: the bits padding drops must be zero, so each file has one encoding.
  const lastData = VALUES[text.charCodeAt(dataLength - 1)] ?? 0;
  const dropped = padding === 2 ? lastData & 15 : padding === 1 ? lastData & 3 : 0;
  return dropped === 0 ? out : null;
}
