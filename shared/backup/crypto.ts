import { encodeUtf8 } from '../text/utf8';

/**
 * The slice of WebCrypto the backup encryption uses, as a structural type so shared code needs
 * no DOM or Node types: `globalThis.crypto.subtle` of a browser, of Electron's renderer and of
 * Node 20 all fit it. The edges pass it in with a random source (shared code never makes
 * randomness itself).
 */

/** A key WebCrypto made; opaque here. */
export type BackupKey = object;

export interface Pbkdf2Params {
  readonly name: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iterations: number;
}

export interface AesGcmParams {
  readonly name: 'AES-GCM';
  readonly iv: Uint8Array<ArrayBuffer>;
}

/** The four `SubtleCrypto` methods used, narrowed to the arguments passed. */
export interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: 'PBKDF2',
    extractable: false,
    keyUsages: ['deriveKey'],
  ): Promise<BackupKey>;
  deriveKey(
    algorithm: Pbkdf2Params,
    baseKey: BackupKey,
    derivedKeyType: { readonly name: 'AES-GCM'; readonly length: 256 },
    extractable: false,
    keyUsages: ['encrypt' | 'decrypt'],
  ): Promise<BackupKey>;
  encrypt(
    algorithm: AesGcmParams,
    key: BackupKey,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: AesGcmParams,
    key: BackupKey,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<ArrayBuffer>;
}

/** What encryption needs from the runtime. */
export interface BackupCrypto {
  readonly subtle: SubtleLike;
  /** `length` cryptographically random bytes (`crypto.getRandomValues`). */
  readonly randomBytes: (length: number) => Uint8Array<ArrayBuffer>;
}

/** The passphrase's bytes: NFC first, so the same words typed on any keyboard give one key. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return encodeUtf8(passphrase.normalize('NFC'));
}

/** The AES-256-GCM key for `passphrase` (PBKDF2-SHA-256 over `salt`, `iterations` rounds). */
export async function deriveBackupKey(
  subtle: SubtleLike,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<BackupKey> {
  const base = await subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}
