import { decodeBase64, encodeBase64 } from '../text/base64';
import { passphraseProblem } from '../backup/build';
import type { BackupCrypto, SubtleLike } from '../backup/crypto';
import { deriveBackupKey } from '../backup/crypto';
import { BACKUP_LIMITS } from '../backup/format';
import type { Sha256 } from './content-hash';
import type { Ed25519Algorithm, SignatureSubtle, SigningKeyHandle } from './signature';
import { ED25519, PUBLIC_KEY_BYTES, keyFingerprint } from './signature';

/**
 * The assessor's own signing key: an Ed25519 key pair made on their machine. The public half
 * travels with every sign-off; the private half is kept only encrypted, with the passphrase the
 * assessor chose (PBKDF2-SHA-256 → AES-256-GCM, the code and parameters of encrypted backups),
 * and is unlocked for one sign-off at a time. The passphrase is never stored.
 */

/** The calls making and unlocking a key needs besides those of `SignatureSubtle`. */
export interface KeySubtle extends SignatureSubtle, SubtleLike {
  generateKey(
    algorithm: Ed25519Algorithm,
    extractable: true,
    keyUsages: ['sign', 'verify'],
  ): Promise<{ publicKey: SigningKeyHandle; privateKey: SigningKeyHandle }>;
  exportKey(format: 'raw' | 'pkcs8', key: SigningKeyHandle): Promise<ArrayBuffer>;
  importKey(
    format: 'pkcs8',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: Ed25519Algorithm,
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<SigningKeyHandle>;
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: Ed25519Algorithm,
    extractable: boolean,
    keyUsages: ['verify'],
  ): Promise<SigningKeyHandle>;
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: 'PBKDF2',
    extractable: false,
    keyUsages: ['deriveKey'],
  ): Promise<object>;
}

/** What making and unlocking a key needs from the runtime. */
export interface KeyCrypto {
  readonly subtle: KeySubtle;
  readonly randomBytes: BackupCrypto['randomBytes'];
  readonly sha256: Sha256;
}

/** A signing key as kept on the machine (storage schema 4, table `signingKeys`). */
export interface StoredSigningKey {
  readonly id: string;
  /** Whose key it is, as they gave their name when making it. */
  readonly owner: string;
  readonly algorithm: 'Ed25519';
  /** The raw 32-byte public key, base64. */
  readonly publicKey: string;
  /** `keyFingerprint` of the public key. */
  readonly fingerprint: string;
  /** ISO 8601 instant it was made. */
  readonly createdAt: string;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  /** AES-256-GCM of the PKCS #8 private key, base64 (the 16-byte tag at the end). */
  readonly encryptedPrivateKey: string;
}

/** A key unlocked with its passphrase, ready to sign. */
export interface UnlockedKey {
  readonly stored: StoredSigningKey;
  readonly privateKey: SigningKeyHandle;
}

/** Thrown when a key cannot be made or unlocked; the message is for the assessor. */
export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

/** Makes a new key pair for `owner`, its private half encrypted with `passphrase`. */
export async function createSigningKey(
  crypto: KeyCrypto,
  input: { readonly id: string; readonly owner: string; readonly createdAt: string },
  passphrase: string,
  iterations: number = BACKUP_LIMITS.iterations,
): Promise<StoredSigningKey> {
  const problem = passphraseProblem(passphrase);
  if (problem !== null) throw new SigningKeyError(problem);
  if (input.owner.trim() === '') throw new SigningKeyError('Say whose key this is.');
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const salt = crypto.randomBytes(BACKUP_LIMITS.saltBytes);
  const iv = crypto.randomBytes(BACKUP_LIMITS.ivBytes);
  const key = await deriveBackupKey(crypto.subtle, passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, pkcs8);
  pkcs8.fill(0);
  const publicKey = encodeBase64(raw);
  return {
    id: input.id,
    owner: input.owner.trim(),
    algorithm: 'Ed25519',
    publicKey,
    fingerprint: await keyFingerprint(publicKey, crypto.sha256),
    createdAt: input.createdAt,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
    encryptedPrivateKey: encodeBase64(new Uint8Array(sealed)),
  };
}

/**
 * Unlocks a kept key with its passphrase. Rejects with `SigningKeyError` when the passphrase is
 * wrong (or the kept key was changed: GCM cannot tell the two apart) or the key is malformed.
 */
export async function unlockSigningKey(
  subtle: KeySubtle,
  stored: StoredSigningKey,
  passphrase: string,
): Promise<UnlockedKey> {
  const salt = decodeBase64(stored.kdf.salt);
  const iv = decodeBase64(stored.cipher.iv);
  const sealed = decodeBase64(stored.encryptedPrivateKey);
  const iterations = stored.kdf.iterations;
  if (
    salt === null ||
    iv === null ||
    sealed === null ||
    decodeBase64(stored.publicKey)?.length !== PUBLIC_KEY_BYTES ||
    !Number.isInteger(iterations) ||
    iterations < BACKUP_LIMITS.minIterations ||
    iterations > BACKUP_LIMITS.maxIterations
  ) {
    throw new SigningKeyError('The signing key kept on this computer is damaged.');
  }
  const key = await deriveBackupKey(subtle, passphrase, salt, iterations, 'decrypt');
  let pkcs8: Uint8Array<ArrayBuffer>;
  try {
    pkcs8 = new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed));
  } catch {
    throw new SigningKeyError('The passphrase of your signing key is wrong.');
  }
  try {
    const privateKey = await subtle.importKey('pkcs8', pkcs8, ED25519, false, ['sign']);
    return { stored, privateKey };
  } catch {
    throw new SigningKeyError('The signing key kept on this computer is damaged.');
  } finally {
    pkcs8.fill(0);
  }
}
