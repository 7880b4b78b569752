// Signing a stage off and withdrawing it: one stage row written and the change logged, in one
// transaction. While signed off, updateStage and updateEntry refuse (see refuseSignedOff).
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { StageSignOff } from '../../shared/types/record';
import { writableStage, type RepositoryContext } from './context';
import { stageTarget } from './edits';
import { writeLogged } from './write-logged';
import { StorageError } from './errors';
import type { SaveReceipt } from './receipt';
import type { StageRow } from './rows';

async function writeSignOff(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  change: (row: StageRow) => { signOff: StageSignOff | null; reason: string | null },
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.stages, db.changes], async () => {
    const row = await writableStage(db, organisationId, stageId);
    const { signOff, reason } = change(row);
    const target = stageTarget(organisationId, stageId);
    // Always written and logged, even when it signs the same content again.
    const changes = [
      { field: 'signOff', before: row.signOff ?? null, after: signOff },
      ...(reason === null
        ? []
        : [{ field: 'signOffWithdrawnBecause', before: null, after: reason }]),
    ];
    const next = { ...row, signOff };
    return (await writeLogged(ctx, { table: db.stages, row, next, changes, target })).receipt;
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
