import {
  backupText,
  buildBackup,
  encryptBackup,
  encryptedBackupText,
} from '../../../shared/backup/build';
import type { BackupCrypto } from '../../../shared/backup/crypto';
import type { BackupReason } from '../../../shared/backup/format';
import { backupFileName, freeBackupInstant } from '../../../shared/backup/names';
import { encodeUtf8 } from '../../../shared/text/utf8';
import type { BackupInfo } from '../../../shared/ipc/contract';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { FieldbookRepository } from '../../db/index';
import type { Platform } from '../../platform/platform';

/** What making a backup needs; the app passes its deps, tests fakes. */
export interface BackupDeps {
  readonly repository: FieldbookRepository;
  readonly platform: Platform;
  /** The current instant, `toISOString()` form. */
  readonly now: () => string;
  readonly crypto: BackupCrypto;
  /** Writes pending edits first, so a backup holds what is on screen. */
  readonly flush?: () => Promise<void>;
  /** E.g. "CSE Fieldbook 0.1.0". */
  readonly generator?: string;
}

/** The outcome of one backup; never an exception. */
export type BackupOutcome =
  | { readonly kind: 'kept'; readonly info: BackupInfo; readonly organisations: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'failed'; readonly message: string };

/** The runtime's WebCrypto (browser, Electron renderer and Node 20 alike). */
export function platformCrypto(): BackupCrypto {
  return {
    subtle: globalThis.crypto.subtle,
    randomBytes: (length) => globalThis.crypto.getRandomValues(new Uint8Array(length)),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Every organisation stored (archived and trashed ones included: a backup keeps all the
 * assessor's text), each read whole, in portfolio order.
 */
export async function collectRecords(repository: FieldbookRepository): Promise<AssessmentRecord[]> {
  const rows = await repository.listPortfolio();
  const records: AssessmentRecord[] = [];
  for (const row of rows) {
    const record = await repository.loadRecord(row.organisation.id);
    if (record !== null) records.push(record);
  }
  return records;
}

/**
 * Makes and keeps one backup of every organisation, encrypted when `passphrase` is given. An
 * empty fieldbook is not backed up (`empty`): rolling backups of nothing would push the last
 * good ones out. Never throws: a failure comes back with a message for the assessor.
 */
export async function makeBackup(
  deps: BackupDeps,
  reason: BackupReason,
  passphrase: string | null = null,
): Promise<BackupOutcome> {
  const store = deps.platform.backups;
  if (store === undefined) return { kind: 'failed', message: 'This version keeps no backups.' };
  try {
    await deps.flush?.();
    const records = await collectRecords(deps.repository);
    if (records.length === 0) return { kind: 'empty' };
    const taken = new Set((await store.list()).map((b) => b.createdAt));
    const createdAt = freeBackupInstant(deps.now(), taken);
    const text = backupText(
      buildBackup(records, {
        createdAt,
        reason,
        ...(deps.generator !== undefined ? { generator: deps.generator } : {}),
      }),
    );
    const file =
      passphrase === null
        ? text
        : encryptedBackupText(await encryptBackup(text, passphrase, deps.crypto));
    const name = backupFileName(createdAt, reason, passphrase !== null);
    const info = await store.write(name, encodeUtf8(file));
    return { kind: 'kept', info, organisations: records.length };
  } catch (error) {
    return { kind: 'failed', message: `The backup was not made: ${messageOf(error)}` };
  }
}
