/**
 * UTF-8 without `TextEncoder`/`TextDecoder` (shared code has neither DOM nor Node types). The
 * decoder is strict, as `new TextDecoder('utf-8', { fatal: true })`: overlong forms, surrogates,
 * code points past U+10FFFF and truncated sequences are refused, never replaced.
 */

/** UTF-8 bytes of `text`; a lone surrogate becomes U+FFFD, as `TextEncoder` does. */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(text.length * 3);
  let o = 0;
  for (let i = 0; i < text.length; i += 1) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
      } else cp = 0xfffd;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out[o++] = cp;
    else if (cp < 0x800) {
      out[o++] = 0xc0 | (cp >> 6);
      out[o++] = 0x80 | (cp & 63);
    } else if (cp < 0x10000) {
      out[o++] = 0xe0 | (cp >> 12);
      out[o++] = 0x80 | ((cp >> 6) & 63);
      out[o++] = 0x80 | (cp & 63);
    } else {
      out[o++] = 0xf0 | (cp >> 18);
      out[o++] = 0x80 | ((cp >> 12) & 63);
      out[o++] = 0x80 | ((cp >> 6) & 63);
      out[o++] = 0x80 | (cp & 63);
    }
  }
  return out.slice(0, o);
}

/** The text of strict UTF-8 `bytes` (a leading byte-order mark is dropped), or null. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  const chunk: number[] = [];
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      chunk.push(b0);
      i += 1;
    } else {
      const size =
        b0 >= 0xc2 && b0 <= 0xdf
          ? 2
          : b0 >= 0xe0 && b0 <= 0xef
            ? 3
            : b0 >= 0xf0 && b0 <= 0xf4
              ? 4
              : 0;
      if (size === 0 || i + size > bytes.length) return null;
      let cp = b0 & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
      for (let k = 1; k < size; k += 1) {
        const b = bytes[i + k] as number;
        if ((b & 0xc0) !== 0x80) return null;
        cp = (cp << 6) | (b & 0x3f);
      }
      const min = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      chunk.push(cp);
      i += size;
    }
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
