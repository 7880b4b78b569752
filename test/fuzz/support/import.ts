// The import paths under fuzz, as the app runs them: read and check first, write only what
// passed, through the real repository.
import { formatExchangeError } from '../../../shared/exchange/errors';
import { readExchangeText } from '../../../shared/exchange/read';
import { describeBackupProblems, openBackup } from '../../../shared/backup/parse';
import type { SubtleLike } from '../../../shared/backup/crypto';
import type { OrganisationId } from '../../../shared/types/ids';
import type { FieldbookRepository } from '../../../src-renderer/db/index';
import { applyRestore, planRestore } from '../../../src-renderer/services/backup/restore-service';

/** What an import did: refused with messages, or wrote (some of) what it was given. */
export type ImportOutcome =
  | { readonly kind: 'refused'; readonly messages: readonly string[] }
  | { readonly kind: 'imported'; readonly messages: readonly string[] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opening a record file (file-slice's path): read, then create or replace. */
export async function importExchangeText(
  repository: FieldbookRepository,
  text: string,
): Promise<ImportOutcome> {
  const read = readExchangeText(text);
  if (!read.ok) return { kind: 'refused', messages: read.errors.map(formatExchangeError) };
  const record = read.value.record;
  try {
    const existing = await repository.loadRecord(record.organisation.id);
    if (existing) await repository.replaceRecord(record);
    else await repository.createRecord(record);
    return { kind: 'imported', messages: [] };
  } catch (error) {
    return { kind: 'refused', messages: [messageOf(error)] };
  }
}

/** Restoring a backup file (the Backups panel's path), every organisation chosen. */
export async function restoreBackupBytes(
  repository: FieldbookRepository,
  bytes: Uint8Array,
  passphrase: string | null,
  subtle: SubtleLike,
): Promise<ImportOutcome> {
  const opened = await openBackup(bytes, passphrase, subtle);
  if (opened.kind === 'needs-passphrase')
    return { kind: 'refused', messages: ['needs a passphrase'] };
  if (opened.kind === 'invalid') {
    return {
      kind: 'refused',
      messages: [
        describeBackupProblems(opened.errors),
        ...opened.errors.map((e) => `${e.path}: ${e.problem}`),
      ],
    };
  }
  const plan = await planRestore(repository, opened.backup);
  const all = new Set<OrganisationId>(plan.map((i) => i.record.organisation.id));
  const report = await applyRestore(repository, plan, all);
  const messages = report.failed.map((f) => f.message);
  return report.restored.length > 0
    ? { kind: 'imported', messages }
    : { kind: 'refused', messages: messages.length > 0 ? messages : ['nothing to restore'] };
}
