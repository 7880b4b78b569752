import type { RecordChange } from '../../../shared/backup/diff';
import { diffRecord } from '../../../shared/backup/diff';
import type { ReadBackup } from '../../../shared/backup/parse';
import type { OrganisationId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { FieldbookRepository } from '../../db/index';
import { brokenSignOffs, guardImport } from '../../state/import-guard';
import type { CheckCrypto } from '../../../shared/signoff/verify-sign-off';

/** What restoring one organisation of a backup would do here. */
export interface RestoreItem {
  /** What restoring writes: the backup's record, the stored signed-off stages kept. */
  readonly record: AssessmentRecord;
  readonly change: RecordChange | { readonly kind: 'blocked'; readonly reason: string };
  /**
   * What the preview must say besides the change: the stored signed-off stages (and header)
   * restoring keeps as they are, and sign-offs in the backup that do not hold.
   */
  readonly notes: readonly string[];
}

/** One line per organisation of the backup, in backup order. */
export type RestorePlan = readonly RestoreItem[];

/** What a restore did, organisation by organisation. */
export interface RestoreReport {
  readonly restored: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: readonly { readonly name: string; readonly message: string }[];
}

const ID_TAKEN =
  'This fieldbook already holds, or once held and permanently deleted, an organisation or ' +
  'stage with the same id, so it was not restored. Nothing was changed.';

const IN_TRASH =
  'It is in the trash here: restore it from the trash first, then restore this backup again.';

/**
 * Compares each organisation of `backup` with what is stored: new, unchanged, replaced (with
 * counts of changed fields), or blocked (in the trash, where nothing may be written).
 */
export async function planRestore(
  repository: FieldbookRepository,
  backup: ReadBackup,
  check?: CheckCrypto,
): Promise<RestorePlan> {
  const rows = new Map((await repository.listPortfolio()).map((r) => [r.organisation.id, r]));
  const plan: RestoreItem[] = [];
  for (const { record } of backup.records) {
    const row = rows.get(record.organisation.id);
    if (row?.trashedAt) {
      plan.push({ record, change: { kind: 'blocked', reason: IN_TRASH }, notes: [] });
      continue;
    }
    const current = row ? await repository.loadRecord(record.organisation.id) : null;
    // A restore is an import: signed-off stages stay as they are until their sign-off is withdrawn.
    const guarded = current ? await guardImport(repository, record) : { record, kept: [] };
    // A backup is the assessor's own: a sign-off in it that no longer holds does not stop the
    // restore, but the preview says so (and the restored stage is flagged when shown).
    const broken = check ? await brokenSignOffs(guarded.record, check) : [];
    plan.push({
      record: guarded.record,
      change: diffRecord(current, guarded.record),
      notes: [...guarded.kept, ...broken.map((b) => `Warning: ${b.problem}`)],
    });
  }
  return plan;
}

/** True when restoring `item` would write anything. */
export function writesSomething(item: RestoreItem): boolean {
  return item.change.kind === 'new' || item.change.kind === 'replaced';
}

/**
 * Writes the chosen organisations of `plan`: new ones created, changed ones replaced (every
 * replaced field goes to the change log; stages missing from the backup become tombstones,
 * their text kept). Each organisation is one transaction: one failing (its message kept)
 * leaves the others and itself as they were. Never throws.
 */
export async function applyRestore(
  repository: FieldbookRepository,
  plan: RestorePlan,
  chosen: ReadonlySet<OrganisationId>,
): Promise<RestoreReport> {
  const restored: string[] = [];
  const unchanged: string[] = [];
  const failed: { name: string; message: string }[] = [];
  for (const item of plan) {
    const { organisation } = item.record;
    if (!chosen.has(organisation.id)) continue;
    const name = organisation.name;
    try {
      switch (item.change.kind) {
        case 'new':
          await repository.createRecord(item.record);
          restored.push(name);
          break;
        case 'replaced':
          await repository.replaceRecord(item.record);
          restored.push(name);
          break;
        case 'unchanged':
          unchanged.push(name);
          break;
        case 'blocked':
          failed.push({ name, message: item.change.reason });
          break;
      }
    } catch (error) {
      const conflict =
        item.change.kind === 'new' && (error as { kind?: unknown }).kind === 'conflict';
      const message = error instanceof Error ? error.message : String(error);
      failed.push({ name, message: conflict ? ID_TAKEN : message });
    }
  }
  return { restored, unchanged, failed };
}
