import { toExchange } from '../exchange/write';
import type { AssessmentRecord } from '../types/record';
import type { BackupCrypto } from './crypto';
import { deriveBackupKey } from './crypto';
import { encodeBase64 } from '../text/base64';
import type { BackupReason, EncryptedBackup, PlainBackup } from './format';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  ENCRYPTED_BACKUP_FORMAT,
  isCreatedAt,
} from './format';
import { encodeUtf8 } from '../text/utf8';

/** What a backup says about itself besides its records. */
export interface BackupOptions {
  /** `toISOString()` of the moment it is made; passed in because shared code has no clock. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  /** E.g. "CSE Fieldbook 0.1.0". */
  readonly generator?: string;
}

/**
 * The plain backup of `records`: each one as `toExchange` writes it (stamped with the backup's
 * instant and generator), in the order given. Throws only on a `createdAt` that is not an
 * instant (a programming error).
 */
export function buildBackup(
  records: readonly AssessmentRecord[],
  options: BackupOptions,
): PlainBackup {
  if (!isCreatedAt(options.createdAt)) throw new Error(`not an instant: ${options.createdAt}`);
  const write = {
    exportedAt: options.createdAt,
    ...(options.generator !== undefined ? { generator: options.generator } : {}),
  };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: options.createdAt,
    reason: options.reason,
    ...(options.generator !== undefined ? { generator: options.generator } : {}),
    records: records.map((record) => toExchange(record, write)),
  };
}

/** The backup file's text: compact JSON (one record per line) ending in a newline. */
export function backupText(backup: PlainBackup): string {
  const { records, ...envelope } = backup;
  const head = JSON.stringify({ ...envelope, records: [] }).slice(0, -3);
  const lines = records.map((r) => JSON.stringify(r));
  return `${head}[${lines.length > 0 ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

/** Why `passphrase` cannot protect a backup, or null when it can. */
export function passphraseProblem(passphrase: string): string | null {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < BACKUP_LIMITS.minPassphraseLength)
    return `Use a passphrase of at least ${BACKUP_LIMITS.minPassphraseLength} characters.`;
  if (length > BACKUP_LIMITS.maxPassphraseLength)
    return `Use a passphrase of at most ${BACKUP_LIMITS.maxPassphraseLength} characters.`;
  return null;
}

/**
 * Encrypts a whole backup file (`plainText`, as `backupText` writes it) with `passphrase`:
 * PBKDF2-SHA-256 with a fresh random salt derives an AES-256-GCM key, and a fresh random IV
 * encrypts. GCM's tag makes any later change to the file, or a wrong passphrase, fail to
 * decrypt. Rejects when the passphrase is refused by `passphraseProblem`.
 */
export async function encryptBackup(
  plainText: string,
  passphrase: string,
  crypto: BackupCrypto,
  iterations: number = BACKUP_LIMITS.iterations,
): Promise<EncryptedBackup> {
  const problem = passphraseProblem(passphrase);
  if (problem !== null) throw new Error(problem);
  if (
    !Number.isInteger(iterations) ||
    iterations < BACKUP_LIMITS.minIterations ||
    iterations > BACKUP_LIMITS.maxIterations
  ) {
    throw new Error(`PBKDF2 iterations must be ${BACKUP_LIMITS.minIterations} or more.`);
  }
  const salt = crypto.randomBytes(BACKUP_LIMITS.saltBytes);
  const iv = crypto.randomBytes(BACKUP_LIMITS.ivBytes);
  const key = await deriveBackupKey(crypto.subtle, passphrase, salt, iterations, 'encrypt');
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encodeUtf8(plainText));
  return {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
    ciphertext: encodeBase64(new Uint8Array(sealed)),
  };
}

/** The encrypted backup file's text. */
export function encryptedBackupText(backup: EncryptedBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
