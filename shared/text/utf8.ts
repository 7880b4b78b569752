/**
 * The one UTF-8 path of shared/: every encode and decode of UTF-8 text goes through here.
 *
 * It uses the runtime's `TextEncoder`/`TextDecoder`, which every runtime shared/ runs in has
 * (browsers, Electron, Node ≥ 11) but the ES library shared/ is type-checked with does not
 * declare; so they are typed here, narrowly, and nowhere else.
 */

interface Utf8Encoder {
  encode(text: string): Uint8Array<ArrayBuffer>;
}
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
interface Utf8Codecs {
  readonly TextEncoder: new () => Utf8Encoder;
  readonly TextDecoder: new (label: 'utf-8', options: { readonly fatal: boolean }) => Utf8Decoder;
}

const codecs = globalThis as unknown as Utf8Codecs;
const encoder = new codecs.TextEncoder();
const strict = new codecs.TextDecoder('utf-8', { fatal: true });
const replacing = new codecs.TextDecoder('utf-8', { fatal: false });

/** UTF-8 bytes of `text`; a lone surrogate becomes U+FFFD. */
export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/**
 * The text of strict UTF-8 `bytes` (a leading byte-order mark is dropped), or null when they are
 * not UTF-8: overlong forms, surrogates, code points past U+10FFFF and truncated sequences are
 * refused, never replaced.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of `bytes` read as UTF-8, each malformed sequence replaced by U+FFFD (a leading
 * byte-order mark is dropped). For names and parts whose damage the caller reports itself.
 */
export function decodeUtf8Replacing(bytes: Uint8Array): string {
  return replacing.decode(bytes);
}
