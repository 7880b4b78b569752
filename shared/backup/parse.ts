import type { ExchangeError } from '../exchange/errors';
import { describeValue, jsonPath } from '../exchange/errors';
import type { ReadRecord } from '../exchange/read';
import { readExchange } from '../exchange/read';
import { FORMAT_NAME } from '../exchange/schema-v1';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { SubtleLike } from './crypto';
import { deriveBackupKey } from './crypto';
import type { CheckedEncryptedBackup, RawObject } from './envelope';
import { checkEncryptedEnvelope, isObject, unknownKeys, versionError } from './envelope';
import type { BackupReason } from './format';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_REASONS,
  ENCRYPTED_BACKUP_FORMAT,
  isCreatedAt,
} from './format';
import { decodeUtf8 } from '../text/utf8';

/** What a wrong passphrase and a changed file both look like to AES-GCM, in words. */
export const WRONG_PASSPHRASE_MESSAGE =
  'The passphrase is wrong or the file was changed after it was written.';

/** A plain backup whose envelope and every record passed every check. */
export interface ReadBackup {
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly generator: string | null;
  /** The records, each read (and upgraded) like an imported exchange file. */
  readonly records: readonly ReadRecord[];
}

/** What a file turned out to be, before any passphrase. */
export type BackupInspection =
  | { readonly kind: 'plain'; readonly backup: ReadBackup }
  | { readonly kind: 'encrypted'; readonly encrypted: CheckedEncryptedBackup }
  | { readonly kind: 'invalid'; readonly errors: readonly ExchangeError[] };

/** At most this many problems are listed; a broken file would otherwise list thousands. */
const MAX_ERRORS = 100;

function invalid(errors: readonly ExchangeError[]): BackupInspection {
  if (errors.length <= MAX_ERRORS) return { kind: 'invalid', errors };
  const more = errors.length - MAX_ERRORS;
  const rest = { path: '$', problem: `…and ${more} more problem${more === 1 ? '' : 's'}` };
  return { kind: 'invalid', errors: [...errors.slice(0, MAX_ERRORS), rest] };
}

function one(problem: string, expected: string, path = '$'): BackupInspection {
  return { kind: 'invalid', errors: [{ path, problem, expected }] };
}

const NOT_A_BACKUP = 'a CSE Fieldbook backup file (JSON)';

/** Reads the bytes of a backup file (strict UTF-8, then `inspectBackupText`). Never throws. */
export function inspectBackupBytes(bytes: Uint8Array): BackupInspection {
  if (bytes.length > BACKUP_LIMITS.maxBytes) {
    return one(`the file holds ${bytes.length} bytes`, `at most ${BACKUP_LIMITS.maxBytes} bytes`);
  }
  const text = decodeUtf8(bytes);
  if (text === null) return one('the file is not UTF-8 text', NOT_A_BACKUP);
  return inspectBackupText(text);
}

/** Reads the text of a backup file. Never throws. */
export function inspectBackupText(text: string): BackupInspection {
  if (text.length > BACKUP_LIMITS.maxBytes) {
    return one(`the file holds ${text.length} characters`, `at most ${BACKUP_LIMITS.maxBytes}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    return one(`not valid JSON (${reason})`, NOT_A_BACKUP);
  }
  return inspectBackupValue(value);
}

/** Reads an already-parsed backup document. Never throws. */
export function inspectBackupValue(value: unknown): BackupInspection {
  if (!isObject(value)) return one('the file is not a JSON object', NOT_A_BACKUP);
  if (value.format === ENCRYPTED_BACKUP_FORMAT) {
    const checked = checkEncryptedEnvelope(value);
    return checked.ok ? { kind: 'encrypted', encrypted: checked.value } : invalid(checked.errors);
  }
  if (value.format === BACKUP_FORMAT) return checkPlain(value);
  if (value.format === FORMAT_NAME) {
    return one(
      'this is a single organisation’s record, not a backup',
      'a backup file; open a record with “Open record…” instead',
      '$.format',
    );
  }
  return one(
    `not a CSE Fieldbook backup (format ${describeValue(value.format)})`,
    `"${BACKUP_FORMAT}"`,
    '$.format',
  );
}

const PLAIN_FIELDS = ['format', 'version', 'createdAt', 'reason', 'generator', 'records'];

function checkPlain(doc: RawObject): BackupInspection {
  const version = versionError(doc.version);
  if (version) return invalid([version]);
  const errors = unknownKeys(doc, PLAIN_FIELDS, []);
  const { createdAt, reason, generator, records } = doc;
  if (typeof createdAt !== 'string' || !isCreatedAt(createdAt)) {
    errors.push({
      path: '$.createdAt',
      problem: `found ${describeValue(createdAt)}`,
      expected: 'an instant written YYYY-MM-DDTHH:MM:SS.mmmZ on a real calendar day',
    });
  }
  const knownReason = BACKUP_REASONS.find((r) => r === reason);
  if (knownReason === undefined) {
    errors.push({
      path: '$.reason',
      problem: `found ${describeValue(reason)}`,
      expected: BACKUP_REASONS.map((r) => `"${r}"`).join(', '),
    });
  }
  if (generator !== undefined && (typeof generator !== 'string' || generator.length > 1000)) {
    errors.push({
      path: '$.generator',
      problem: `found ${describeValue(generator)}`,
      expected: 'a short text',
    });
  }
  if (!Array.isArray(records) || records.length > BACKUP_LIMITS.maxRecords) {
    errors.push({
      path: '$.records',
      problem: `found ${describeValue(records)}`,
      expected: `a list of at most ${BACKUP_LIMITS.maxRecords} exchange documents`,
    });
    return invalid(errors);
  }
  const read: ReadRecord[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < records.length && errors.length <= MAX_ERRORS; i += 1) {
    const result = readExchange(records[i]);
    if (!result.ok) {
      errors.push(
        ...result.errors.map((e) => ({
          ...e,
          path: `${jsonPath(['records', i])}${e.path.slice(1)}`,
        })),
      );
      continue;
    }
    const id = result.value.record.organisation.id;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      errors.push({
        path: jsonPath(['records', i, 'organisation', 'id']),
        problem: `the organisation "${id}" is also at ${jsonPath(['records', first])}`,
        expected: 'each organisation once',
      });
    } else firstIndex.set(id, i);
    read.push(result.value);
  }
  if (errors.length > 0 || knownReason === undefined || typeof createdAt !== 'string') {
    return invalid(errors);
  }
  return {
    kind: 'plain',
    backup: {
      createdAt,
      reason: knownReason,
      generator: typeof generator === 'string' ? generator : null,
      records: read,
    },
  };
}

/**
 * Decrypts a checked encrypted backup with `passphrase` and reads what it holds. A wrong
 * passphrase and a changed file both fail GCM's check and give `WRONG_PASSPHRASE_MESSAGE`.
 * Never throws.
 */
export async function decryptBackup(
  encrypted: CheckedEncryptedBackup,
  passphrase: string,
  subtle: SubtleLike,
): Promise<Result<ReadBackup, ExchangeError>> {
  let plain: Uint8Array;
  try {
    const { salt, iv, ciphertext, envelope } = encrypted;
    const key = await deriveBackupKey(subtle, passphrase, salt, envelope.kdf.iterations, 'decrypt');
    plain = new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext));
  } catch {
    return fail([{ path: '$.ciphertext', problem: WRONG_PASSPHRASE_MESSAGE }]);
  }
  const inner = inspectBackupBytes(plain);
  switch (inner.kind) {
    case 'plain':
      return ok(inner.backup);
    case 'invalid':
      return fail(inner.errors.map((e) => ({ ...e, path: `(decrypted) ${e.path}` })));
    case 'encrypted':
      return fail([
        {
          path: '(decrypted) $',
          problem: 'an encrypted backup inside an encrypted backup',
          expected: NOT_A_BACKUP,
        },
      ]);
  }
}

/** The outcome of opening a backup file with or without a passphrase. */
export type OpenedBackup =
  | { readonly kind: 'opened'; readonly backup: ReadBackup; readonly encrypted: boolean }
  | { readonly kind: 'needs-passphrase' }
  | { readonly kind: 'invalid'; readonly errors: readonly ExchangeError[] };

/**
 * Opens a backup file: a plain one directly, an encrypted one with `passphrase` (without one it
 * answers `needs-passphrase`). Never throws; every refusal lists what was wrong.
 */
export async function openBackup(
  bytes: Uint8Array,
  passphrase: string | null,
  subtle: SubtleLike,
): Promise<OpenedBackup> {
  const inspected = inspectBackupBytes(bytes);
  switch (inspected.kind) {
    case 'invalid':
      return inspected;
    case 'plain':
      return { kind: 'opened', backup: inspected.backup, encrypted: false };
    case 'encrypted': {
      if (passphrase === null) return { kind: 'needs-passphrase' };
      const read = await decryptBackup(inspected.encrypted, passphrase, subtle);
      return read.ok
        ? { kind: 'opened', backup: read.value, encrypted: true }
        : { kind: 'invalid', errors: read.errors };
    }
  }
}

/**
 * Checks bytes about to be kept as a backup (main re-reads each file it wrote): a plain backup
 * must read completely; an encrypted one must have a sound envelope (only the assessor can
 * decrypt it). Never throws.
 */
export function verifyBackupBytes(
  bytes: Uint8Array,
): Result<{ readonly encrypted: boolean; readonly records: number | null }, ExchangeError> {
  const inspected = inspectBackupBytes(bytes);
  switch (inspected.kind) {
    case 'invalid':
      return fail(inspected.errors);
    case 'plain':
      return ok({ encrypted: false, records: inspected.backup.records.length });
    case 'encrypted':
      return ok({ encrypted: true, records: null });
  }
}

/** One line summing up why a backup was refused, for a dialog's first sentence. */
export function describeBackupProblems(errors: readonly ExchangeError[]): string {
  const first = errors[0];
  if (first === undefined) return 'The backup could not be read.';
  if (first.problem === WRONG_PASSPHRASE_MESSAGE) return WRONG_PASSPHRASE_MESSAGE;
  const count = errors.length;
  return `The backup could not be read (${count} problem${count === 1 ? '' : 's'}); nothing was restored or changed.`;
}
