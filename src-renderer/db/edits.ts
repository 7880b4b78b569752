// Field edits from the UI: each rewrites exactly one row and logs one change per field that
// actually changed, in the same transaction. A patch that changes nothing writes nothing.
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { ChangeBatch, diffFields, diffNested, diffStage, type FieldChange } from './changes';
import { writableOrganisation, type RepositoryContext } from './context';
import { StorageError } from './errors';
import { patchEntry, patchOrganisation, patchStage } from './patches';
import type { EntryPatch, OrganisationPatch, SaveReceipt, StagePatch } from './repository';
import { ENTRY_FIELDS, ORGANISATION_FIELDS, STAGE_FIELDS, entryRowId, header } from './rows';
import type { RowHeader } from './rows';
import { isSignedHeaderField, refuseSignedOff, refuseSignedOffHeader } from './signed-off';
import { MARK_FIELDS, syncStageMarks } from './stage-marks';

/** The receipt of a write that was not needed: the row as it already stands. */
export function unchanged(row: RowHeader): SaveReceipt {
  return { revision: row.revision, committedAt: row.updatedAt };
}

/** The next version of `row` (revision +1, based on the current one) and its receipt. */
export function nextVersion<R extends RowHeader>(
  row: R,
  next: R,
  at: string,
): { row: R; receipt: SaveReceipt } {
  const written = { ...next, ...header(at, row) };
  return { row: written, receipt: { revision: written.revision, committedAt: at } };
}

async function logged(
  ctx: RepositoryContext,
  at: string,
  add: (batch: ChangeBatch) => void,
): Promise<void> {
  const batch = new ChangeBatch(ctx.newId, at);
  add(batch);
  await ctx.db.changes.bulkAdd(batch.rows);
}

export function updateOrganisation(
  ctx: RepositoryContext,
  id: OrganisationId,
  patch: OrganisationPatch,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.stages, db.changes], async () => {
    const row = await writableOrganisation(db, id);
    const next = patchOrganisation(row, patch);
    const changes = diffNested(row, next, ORGANISATION_FIELDS);
    if (changes.length === 0) return unchanged(row);
    if (changes.some((c) => isSignedHeaderField(c.field))) await refuseSignedOffHeader(db, id);
    const at = ctx.now();
    const write = nextVersion(row, next, at);
    await db.organisations.put(write.row);
    await logOrganisation(ctx, at, write.row.id, write.receipt.revision, changes);
    return write.receipt;
  });
}

/** Logs changes to an organisation row. */
export function logOrganisation(
  ctx: RepositoryContext,
  at: string,
  id: string,
  revision: number,
  changes: readonly FieldChange[],
): Promise<void> {
  const target = { entity: 'organisation', entityId: id, organisationId: id } as const;
  return logged(ctx, at, (b) =>
    b.add({ ...target, stageId: null, elementId: null, revision }, changes),
  );
}

export function updateStage(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  patch: StagePatch,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.stages, db.changes], async () => {
    await writableOrganisation(db, organisationId);
    const row = await db.stages.get(stageId);
    if (!row || row.deleted || row.organisationId !== organisationId) {
      throw new StorageError('not-found');
    }
    refuseSignedOff(row);
    const next = patchStage(row, patch);
    const changes = diffStage(row, next, STAGE_FIELDS);
    if (changes.length === 0) return unchanged(row);
    const at = ctx.now();
    const write = nextVersion(row, next, at);
    await db.stages.put(write.row);
    const target = { entity: 'stage', entityId: stageId, organisationId, stageId } as const;
    await logged(ctx, at, (b) =>
      b.add({ ...target, elementId: null, revision: write.receipt.revision }, changes),
    );
    return write.receipt;
  });
}

export function updateEntry(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  element: ElementId,
  patch: EntryPatch,
): Promise<SaveReceipt> {
  const { db } = ctx;
  const tables = [db.organisations, db.stages, db.entries, db.stageMarks, db.changes];
  return db.transaction('rw', tables, async () => {
    const id = entryRowId(organisationId, stageId, element);
    // The three reads go out together: each await is a round trip to IndexedDB, and this is the
    // path of every keystroke that reaches the disk (bench/README.md).
    const [, stage, row] = await Promise.all([
      writableOrganisation(db, organisationId),
      db.stages.get(stageId),
      db.entries.get(id),
    ]);
    if (stage) refuseSignedOff(stage);
    if (!row || row.deleted) throw new StorageError('not-found');
    const next = patchEntry(row, patch);
    const changes = diffFields(row, next, ENTRY_FIELDS);
    if (changes.length === 0) return unchanged(row);
    const at = ctx.now();
    const write = nextVersion(row, next, at);
    const target = { entity: 'entry', entityId: id, organisationId, stageId } as const;
    // The row and its change log are written together, in the same transaction.
    await Promise.all([
      db.entries.put(write.row),
      logged(ctx, at, (b) =>
        b.add({ ...target, elementId: element, revision: write.receipt.revision }, changes),
      ),
    ]);
    // Typing evidence leaves the stage-marks index alone; a mark or the VO flag updates it.
    if (changes.some((c) => (MARK_FIELDS as readonly string[]).includes(c.field))) {
      await syncStageMarks(db, [write.row]);
    }
    return write.receipt;
  });
}
