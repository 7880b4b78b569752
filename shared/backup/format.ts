import type { toExchange } from '../exchange/write';

/**
 * The backup file format: every organisation's record, each an exchange document exactly as
 * `toExchange` writes it, inside a small versioned envelope; optionally the whole envelope is
 * encrypted with a passphrase (PBKDF2-SHA-256 → AES-256-GCM). docs/SECURITY.md says why.
 */

/** One record as the current exchange format writes it (whatever its version). */
export type ExchangeDocument = ReturnType<typeof toExchange>;

/** `format` of a plain backup. */
export const BACKUP_FORMAT = 'cse-fieldbook-backup';
/** `format` of an encrypted backup. */
export const ENCRYPTED_BACKUP_FORMAT = 'cse-fieldbook-backup-encrypted';
/** The only envelope version so far (of both kinds). */
export const BACKUP_VERSION = 1;

/** Why a backup was made; names, lists and retention depend on it. */
export const BACKUP_REASONS = [
  'manual',
  'daily',
  'pre-import',
  'pre-upgrade',
  'pre-removal',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Words for a reason, for lists and messages. */
export const BACKUP_REASON_NAMES: Readonly<Record<BackupReason, string>> = {
  manual: 'Backed up by you',
  daily: 'Daily',
  'pre-import': 'Before an import',
  'pre-upgrade': 'Before an update',
  'pre-removal': 'Before a removal',
};

/**
 * Bounds on what a backup may hold and cost to read. Iterations have a floor (OWASP 2023 advice
 * for PBKDF2-SHA-256) and a ceiling, so a hostile file cannot make us hash for minutes.
 */
export const BACKUP_LIMITS = {
  /** Bytes of a whole backup file (the same cap as any file crossing the bridge). */
  maxBytes: 100 * 1024 * 1024,
  /** Organisations in one backup. */
  maxRecords: 5_000,
  minIterations: 600_000,
  maxIterations: 5_000_000,
  /** The iterations this build writes. */
  iterations: 600_000,
  saltBytes: 16,
  ivBytes: 12,
  /** Shortest passphrase the app accepts when encrypting. */
  minPassphraseLength: 8,
  /** Longest passphrase (characters). */
  maxPassphraseLength: 1_024,
} as const;

/** A plain backup as written: the envelope and the exchange documents. */
export interface PlainBackup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** When the backup was made, `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  /** The program that wrote it, e.g. "CSE Fieldbook 0.1.0"; informative only. */
  readonly generator?: string;
  readonly records: readonly ExchangeDocument[];
}

/** An encrypted backup: the ciphertext of a whole plain backup file, and how to decrypt it. */
export interface EncryptedBackup {
  readonly format: typeof ENCRYPTED_BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    /** Base64 of `saltBytes` random bytes. */
    readonly salt: string;
  };
  /** Base64 of `ivBytes` random bytes; the GCM tag is the last 16 bytes of the ciphertext. */
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  readonly ciphertext: string;
}

/** `YYYY-MM-DDTHH:MM:SS.mmmZ`, the form `Date.prototype.toISOString` writes. */
export const CREATED_AT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;

/** True when `text` is an instant in `CREATED_AT_PATTERN` form on a real calendar day and time. */
export function isCreatedAt(text: string): boolean {
  const m = CREATED_AT_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days && hour <= 23 && minute <= 59 && second <= 59;
}
