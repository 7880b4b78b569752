import { decodeBase64, encodeBase64 } from '../text/base64';
import { encodeUtf8 } from '../text/utf8';
import type { Sha256 } from './content-hash';

/**
 * Ed25519 signatures of sign-offs through WebCrypto (browser, Electron's renderer and Node 20
 * all implement it). Shared code never makes keys or randomness itself: the edge passes in
 * `crypto.subtle` (narrowed to the calls used here) and, for keys, a random source.
 */

/** A key WebCrypto made; opaque here. */
export type SigningKeyHandle = object;

export interface Ed25519Algorithm {
  readonly name: 'Ed25519';
}

/** The `SubtleCrypto` calls signing and verifying use, narrowed to the arguments passed. */
export interface SignatureSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: Ed25519Algorithm,
    extractable: boolean,
    keyUsages: ['verify'],
  ): Promise<SigningKeyHandle>;
  sign(
    algorithm: Ed25519Algorithm,
    key: SigningKeyHandle,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<ArrayBuffer>;
  verify(
    algorithm: Ed25519Algorithm,
    key: SigningKeyHandle,
    signature: Uint8Array<ArrayBuffer>,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<boolean>;
}

export const ED25519: Ed25519Algorithm = { name: 'Ed25519' };
/** Bytes of a raw Ed25519 public key and of a signature. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/**
 * What is signed: the scheme and the content hash, under a fixed label so that a signature made
 * for a sign-off can never be passed off as a signature of anything else. Who signed and when
 * are inside the content hash from scheme v2 on.
 */
export function signedMessage(scheme: string, contentHash: string): Uint8Array<ArrayBuffer> {
  return encodeUtf8(`cse-fieldbook-sign-off\n${scheme}\n${contentHash}`);
}

/** Signs a sign-off's hash with an unlocked private key; the signature as base64. */
export async function signSignOff(
  subtle: SignatureSubtle,
  privateKey: SigningKeyHandle,
  scheme: string,
  contentHash: string,
): Promise<string> {
  const signature = await subtle.sign(ED25519, privateKey, signedMessage(scheme, contentHash));
  return encodeBase64(new Uint8Array(signature));
}

/**
 * True when `signature` (base64) is `publicKey`'s (base64, raw 32 bytes) signature of the
 * sign-off's scheme and hash. False for anything malformed; never throws.
 */
export async function verifySignOffSignature(
  subtle: SignatureSubtle,
  publicKey: string,
  signature: string,
  scheme: string,
  contentHash: string,
): Promise<boolean> {
  const key = decodeBase64(publicKey);
  const sig = decodeBase64(signature);
  if (key?.length !== PUBLIC_KEY_BYTES || sig?.length !== SIGNATURE_BYTES) return false;
  try {
    const handle = await subtle.importKey('raw', key, ED25519, true, ['verify']);
    return await subtle.verify(ED25519, handle, sig, signedMessage(scheme, contentHash));
  } catch {
    return false;
  }
}

/**
 * A public key's fingerprint as people compare it: the first 16 bytes of the SHA-256 of the raw
 * key, in groups of four hex digits ("3f2a 9c01 …"). Empty for a malformed key.
 */
export async function keyFingerprint(publicKey: string, sha256: Sha256): Promise<string> {
  const key = decodeBase64(publicKey);
  if (key?.length !== PUBLIC_KEY_BYTES) return '';
  const digest = await sha256(key);
  const hex = [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows it. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
const PEM_BEGIN = '-----BEGIN PUBLIC KEY-----';
const PEM_END = '-----END PUBLIC KEY-----';

/**
 * The public key (base64 raw) as a PEM file (SubjectPublicKeyInfo, as OpenSSL writes it:
 * `openssl pkey -pubin -in assessor.pub -text` reads it), headed by who it belongs to.
 */
export function publicKeyPem(publicKey: string, owner: string): string {
  const raw = decodeBase64(publicKey);
  if (raw?.length !== PUBLIC_KEY_BYTES) throw new Error('not an Ed25519 public key');
  const der = new Uint8Array([...SPKI_PREFIX, ...raw]);
  const owned = owner.replace(/[\r\n]+/g, ' ').trim();
  return `CSE Fieldbook sign-off key of ${owned}\n${PEM_BEGIN}\n${encodeBase64(der)}\n${PEM_END}\n`;
}

/** The public key (base64 raw) in a PEM text, or null when the text holds no Ed25519 key. */
export function readPublicKeyPem(text: string): string | null {
  if (text.length > 10_000) return null;
  const begin = text.indexOf(PEM_BEGIN);
  const end = text.indexOf(PEM_END);
  if (begin < 0 || end < begin) return null;
  const body = text
    .slice(begin + PEM_BEGIN.length, end)
    .split(/\s+/)
    .join('');
  const der = decodeBase64(body);
  if (der?.length !== SPKI_PREFIX.length + PUBLIC_KEY_BYTES) return null;
  if (SPKI_PREFIX.some((b, i) => der[i] !== b)) return null;
  return encodeBase64(der.subarray(SPKI_PREFIX.length));
}
