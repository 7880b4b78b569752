import type { ExchangeError } from '../exchange/errors';
import { describeValue, jsonPath } from '../exchange/errors';
import { decodeBase64 } from '../text/base64';
import type { EncryptedBackup } from './format';
import { BACKUP_LIMITS, BACKUP_VERSION, ENCRYPTED_BACKUP_FORMAT } from './format';

/**
 * Field-by-field checks of the backup envelopes, written out (not a schema) so that each
 * problem says exactly where it is and what was expected, and so that nothing a hostile file
 * holds (getters, prototypes, odd keys) is ever spread or merged.
 */

/** A JSON object as parsed, before any check. */
export type RawObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Errors for own keys of `value` outside `allowed`, at `path`. */
export function unknownKeys(
  value: RawObject,
  allowed: readonly string[],
  path: readonly PropertyKey[],
): ExchangeError[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .slice(0, 20)
    .map((key) => ({
      path: jsonPath([...path, key]),
      problem: 'unknown field',
      expected: 'only the fields listed in docs/SECURITY.md (backup format)',
    }));
}

/** The one error for a wrong `version`, newer versions named as such. */
export function versionError(value: unknown): ExchangeError | null {
  if (value === BACKUP_VERSION) return null;
  const newer = typeof value === 'number' && Number.isInteger(value) && value > BACKUP_VERSION;
  return {
    path: '$.version',
    problem: newer
      ? `the backup was written by a newer CSE Fieldbook (backup version ${String(value)})`
      : `found ${describeValue(value)}`,
    expected: newer ? 'update CSE Fieldbook to restore it' : `${BACKUP_VERSION}`,
  };
}

/** An encrypted envelope whose fields passed every check, with its bytes decoded. */
export interface CheckedEncryptedBackup {
  readonly envelope: EncryptedBackup;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

const GCM_TAG_BYTES = 16;

function literal(
  value: RawObject,
  key: string,
  wanted: string,
  path: readonly PropertyKey[],
): ExchangeError[] {
  return value[key] === wanted
    ? []
    : [
        {
          path: jsonPath([...path, key]),
          problem: `found ${describeValue(value[key])}`,
          expected: `"${wanted}"`,
        },
      ];
}

function bytesField(
  value: RawObject,
  key: string,
  path: readonly PropertyKey[],
  min: number,
  max: number,
): { bytes: Uint8Array<ArrayBuffer> | null; errors: ExchangeError[] } {
  const text = value[key];
  const at = jsonPath([...path, key]);
  const expected = min === max ? `base64 of ${min} bytes` : `base64 of ${min} or more bytes`;
  if (typeof text !== 'string' || text.length > Math.ceil(max / 3) * 4) {
    return {
      bytes: null,
      errors: [{ path: at, problem: `found ${describeValue(text)}`, expected }],
    };
  }
  const bytes = decodeBase64(text);
  if (bytes === null || bytes.length < min || bytes.length > max) {
    const problem = bytes === null ? 'not base64' : `${bytes.length} bytes`;
    return { bytes: null, errors: [{ path: at, problem, expected }] };
  }
  return { bytes, errors: [] };
}

/**
 * Checks an object whose `format` is the encrypted backup format: every field present, of the
 * one algorithm this version knows, iterations within bounds, salt, IV and ciphertext real
 * base64 of sensible sizes, and nothing else. Never throws.
 */
export function checkEncryptedEnvelope(
  doc: RawObject,
): { ok: true; value: CheckedEncryptedBackup } | { ok: false; errors: ExchangeError[] } {
  const errors: ExchangeError[] = [];
  const version = versionError(doc.version);
  if (version) return { ok: false, errors: [version] };
  errors.push(...unknownKeys(doc, ['format', 'version', 'kdf', 'cipher', 'ciphertext'], []));
  const kdf = doc.kdf;
  const cipher = doc.cipher;
  let salt: Uint8Array<ArrayBuffer> | null = null;
  let iv: Uint8Array<ArrayBuffer> | null = null;
  let iterations = 0;
  let saltText = '';
  let ivText = '';
  if (!isObject(kdf)) {
    errors.push({ path: '$.kdf', problem: `found ${describeValue(kdf)}`, expected: 'an object' });
  } else {
    errors.push(...unknownKeys(kdf, ['name', 'hash', 'iterations', 'salt'], ['kdf']));
    errors.push(
      ...literal(kdf, 'name', 'PBKDF2', ['kdf']),
      ...literal(kdf, 'hash', 'SHA-256', ['kdf']),
    );
    const n = kdf.iterations;
    const { minIterations: lo, maxIterations: hi } = BACKUP_LIMITS;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) {
      errors.push({
        path: '$.kdf.iterations',
        problem: `found ${describeValue(n)}`,
        expected: `a whole number from ${lo} to ${hi}`,
      });
    } else iterations = n;
    const read = bytesField(kdf, 'salt', ['kdf'], BACKUP_LIMITS.saltBytes, 64);
    errors.push(...read.errors);
    salt = read.bytes;
    saltText = String(kdf.salt);
  }
  if (!isObject(cipher)) {
    errors.push({
      path: '$.cipher',
      problem: `found ${describeValue(cipher)}`,
      expected: 'an object',
    });
  } else {
    errors.push(...unknownKeys(cipher, ['name', 'iv'], ['cipher']));
    errors.push(...literal(cipher, 'name', 'AES-GCM', ['cipher']));
    const read = bytesField(cipher, 'iv', ['cipher'], BACKUP_LIMITS.ivBytes, BACKUP_LIMITS.ivBytes);
    errors.push(...read.errors);
    iv = read.bytes;
    ivText = String(cipher.iv);
  }
  const sealed = bytesField(doc, 'ciphertext', [], GCM_TAG_BYTES, BACKUP_LIMITS.maxBytes);
  errors.push(...sealed.errors);
  if (errors.length > 0 || salt === null || iv === null || sealed.bytes === null) {
    return { ok: false, errors };
  }
  const envelope: EncryptedBackup = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: saltText },
    cipher: { name: 'AES-GCM', iv: ivText },
    ciphertext: String(doc.ciphertext),
  };
  return { ok: true, value: { envelope, salt, iv, ciphertext: sealed.bytes } };
}
