// Signing a stage off and withdrawing it: one stage row written and the change logged, in one
// transaction. While signed off, updateStage and updateEntry refuse (see refuseSignedOff).
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { StageSignOff } from '../../shared/types/record';
import { ChangeBatch } from './changes';
import { writableOrganisation, type RepositoryContext } from './context';
import { nextVersion } from './edits';
import { StorageError } from './errors';
import type { SaveReceipt } from './repository';
import type { StageRow } from './rows';

async function writeSignOff(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  change: (row: StageRow) => { signOff: StageSignOff | null; reason: string | null },
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.stages, db.changes], async () => {
    await writableOrganisation(db, organisationId);
    const row = await db.stages.get(stageId);
    if (!row || row.deleted || row.organisationId !== organisationId) {
      throw new StorageError('not-found');
    }
    const { signOff, reason } = change(row);
    const at = ctx.now();
    const write = nextVersion(row, { ...row, signOff }, at);
    await db.stages.put(write.row);
    const batch = new ChangeBatch(ctx.newId, at);
    const target = {
      entity: 'stage',
      entityId: stageId,
      organisationId,
      stageId,
      elementId: null,
      revision: write.receipt.revision,
    } as const;
    batch.add(target, [
      { field: 'signOff', before: row.signOff ?? null, after: signOff },
      ...(reason === null
        ? []
        : [{ field: 'signOffWithdrawnBecause', before: null, after: reason }]),
    ]);
    await db.changes.bulkAdd(batch.rows);
    return write.receipt;
  });
}

/** Records the sign-off of a stage that is not signed off yet. */
export function signOffStage(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  signOff: StageSignOff,
): Promise<SaveReceipt> {
  return writeSignOff(ctx, organisationId, stageId, (row) => {
    if (row.signOff) {
      throw new StorageError('conflict', 'This stage is already signed off. Nothing was changed.');
    }
    return { signOff, reason: null };
  });
}

/** Withdraws a stage's sign-off, recording why; the stage can be edited again. */
export function withdrawSignOff(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  reason: string,
): Promise<SaveReceipt> {
  return writeSignOff(ctx, organisationId, stageId, (row) => {
    if (!row.signOff) {
      throw new StorageError('conflict', 'This stage is not signed off. Nothing was changed.');
    }
    if (reason.trim() === '') {
      throw new StorageError('invalid', 'Say why the sign-off is withdrawn. Nothing was changed.');
    }
    return { signOff: null, reason: reason.trim() };
  });
}
