// Archive, recoverable trash, and emptying the trash into tombstones.
import type { OrganisationId } from '../../shared/types/ids';
import { ChangeBatch, diffFields } from './changes';
import { liveOrganisation, type RepositoryContext } from './context';
import { organisationTarget } from './edits';
import { writeLogged } from './write-logged';
import { StorageError } from './errors';
import type { SaveReceipt } from './receipt';
import type { OrganisationRow } from './rows';
import { blankEntry, blankOrganisation, blankStage } from './tombstones';
import { blankEvidence, evidenceTrashTables } from './evidence-trash';
import { dropStageMarks } from './stage-marks';
import { hasSchema4Tables } from './schema';

const STATE_FIELDS = ['archived', 'trashedAt'] as const;

function setState(
  ctx: RepositoryContext,
  id: OrganisationId,
  check: (row: OrganisationRow) => void,
  change: (row: OrganisationRow, at: string) => OrganisationRow,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', [db.organisations, db.changes], async () => {
    const row = await liveOrganisation(db, id);
    check(row);
    const at = ctx.now();
    const next = change(row, at);
    const changes = diffFields(row, next, STATE_FIELDS);
    const target = organisationTarget(id);
    return (await writeLogged(ctx, { table: db.organisations, row, next, changes, target, at }))
      .receipt;
  });
}

function notInTrash(row: OrganisationRow): void {
  if (row.trashedAt !== null) throw new StorageError('read-only');
}

export function setArchived(
  ctx: RepositoryContext,
  id: OrganisationId,
  archived: boolean,
): Promise<SaveReceipt> {
  return setState(ctx, id, notInTrash, (row) => ({ ...row, archived }));
}

/** Moves a record to the recoverable trash; it stays readable but cannot be edited. */
export function moveToTrash(ctx: RepositoryContext, id: OrganisationId): Promise<SaveReceipt> {
  return setState(
    ctx,
    id,
    () => undefined,
    (row, at) => (row.trashedAt === null ? { ...row, trashedAt: at } : row),
  );
}

export function restoreFromTrash(ctx: RepositoryContext, id: OrganisationId): Promise<SaveReceipt> {
  return setState(
    ctx,
    id,
    () => undefined,
    (row) => ({ ...row, trashedAt: null }),
  );
}

/**
 * Turns every organisation in the trash, with its stages, entries and evidence library, into
 * tombstones whose text is blanked (files no other organisation holds are removed), and redacts the values in its change log (the records are commercially
 * confidential). Logs the deletions. Returns how many organisations it removed.
 */
export function emptyTrash(ctx: RepositoryContext): Promise<number> {
  const { db } = ctx;
  const tables = [
    db.organisations,
    db.stages,
    db.entries,
    db.stageMarks,
    db.changes,
    ...evidenceTrashTables(db),
    ...(hasSchema4Tables(db) ? [db.recovery] : []),
  ];
  return db.transaction('rw', tables, async () => {
    const trashed = (await db.organisations.toArray()).filter(
      (o) => !o.deleted && o.trashedAt !== null,
    );
    if (trashed.length === 0) return 0;
    const at = ctx.now();
    const batch = new ChangeBatch(ctx.newId, at);
    for (const org of trashed) {
      await db.changes.where('organisationId').equals(org.id).modify({ before: null, after: null });
      const tombstone = blankOrganisation(org, at);
      await db.organisations.put(tombstone);
      const deleted = { field: 'deleted', before: false, after: true };
      const orgTarget = {
        entity: 'organisation',
        entityId: org.id,
        organisationId: org.id,
      } as const;
      batch.add({ ...orgTarget, stageId: null, elementId: null, revision: tombstone.revision }, [
        deleted,
      ]);
      const stages = await db.stages.where('organisationId').equals(org.id).toArray();
      // Every row, tombstones included: those an import left behind still hold text.
      for (const stage of stages) {
        const blank = blankStage(stage, at);
        await db.stages.put(blank);
        if (stage.deleted) continue;
        const target = { entity: 'stage', entityId: stage.id, organisationId: org.id } as const;
        batch.add({ ...target, stageId: stage.id, elementId: null, revision: blank.revision }, [
          deleted,
        ]);
      }
      const entries = await db.entries.where('organisationId').equals(org.id).toArray();
      await db.entries.bulkPut(entries.map((e) => blankEntry(e, at)));
      await dropStageMarks(db, org.id);
      await blankEvidence(db, org.id, at);
      // Text the database once refused for it is as confidential as the rest.
      if (hasSchema4Tables(db)) await db.recovery.where('organisationId').equals(org.id).delete();
    }
    await db.changes.bulkAdd(batch.rows);
    return trashed.length;
  });
}
