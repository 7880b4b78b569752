// Field edits from the UI: each rewrites exactly one row and logs one change per field that
// actually changed, in the same transaction. A patch that changes nothing writes nothing.
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { diffFields, diffNested, diffStage, type ChangeTarget } from './changes';
import { writableOrganisation, writableStage, type RepositoryContext } from './context';
import { StorageError } from './errors';
import { patchEntry, patchOrganisation, patchStage } from './patches';
import type { EntryPatch, OrganisationPatch, StagePatch } from './repository';
import type { SaveReceipt } from './receipt';
import { ENTRY_FIELDS, ORGANISATION_FIELDS, STAGE_FIELDS, entryRowId } from './rows';
import { isSignedHeaderField, refuseSignedOff, refuseSignedOffHeader } from './signed-off';
import { MARK_FIELDS, syncStageMarks } from './stage-marks';
import { writeLogged } from './write-logged';

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
    if (changes.some((c) => isSignedHeaderField(c.field))) await refuseSignedOffHeader(db, id);
    const target = organisationTarget(id);
    return (await writeLogged(ctx, { table: db.organisations, row, next, changes, target }))
      .receipt;
  });
}

/** Where changes to a stage row are logged. */
export function stageTarget(
  organisationId: string,
  stageId: string,
): Omit<ChangeTarget, 'revision'> {
  return { entity: 'stage', entityId: stageId, organisationId, stageId, elementId: null };
}

/** Where changes to an organisation row are logged. */
export function organisationTarget(id: string): Omit<ChangeTarget, 'revision'> {
  return {
    entity: 'organisation',
    entityId: id,
    organisationId: id,
    stageId: null,
    elementId: null,
  };
}

export function updateStage(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
  patch: StagePatch,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.stages, db.changes], async () => {
    const row = await writableStage(db, organisationId, stageId);
    refuseSignedOff(row);
    const next = patchStage(row, patch);
    const changes = diffStage(row, next, STAGE_FIELDS);
    const target = stageTarget(organisationId, stageId);
    return (await writeLogged(ctx, { table: db.stages, row, next, changes, target })).receipt;
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
    const target = {
      entity: 'entry',
      entityId: id,
      organisationId,
      stageId,
      elementId: element,
    } as const;
    // The row and its change log are written together, in the same transaction.
    const write = await writeLogged(ctx, { table: db.entries, row, next, changes, target });
    // Typing evidence leaves the stage-marks index alone; a mark or the VO flag updates it.
    if (changes.some((c) => (MARK_FIELDS as readonly string[]).includes(c.field))) {
      await syncStageMarks(db, [write.row]);
    }
    return write.receipt;
  });
}
