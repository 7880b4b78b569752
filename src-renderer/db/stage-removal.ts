// Removing a stage created by mistake: the stage and its entries become tombstones without text
// (the assessor's safety backup, made first by the caller, keeps a copy), its stage-marks index
// row goes, evidence links to its elements are unlinked and documents filed under it are filed
// under no stage, the stages after it move up one position, and it is all logged — in one
// transaction. A signed-off stage is refused.
import type { OrganisationId, StageId } from '../../shared/types/ids';
import { ChangeBatch } from './changes';
import { writableStage, type RepositoryContext } from './context';
import { nextVersion, writeLogged } from './write-logged';
import type { DocumentRow, LinkRow } from './evidence-rows';
import type { SaveReceipt } from './receipt';
import { header } from './rows';
import { refuseSignedOff } from './signed-off';
import { blankEntry, blankStage } from './tombstones';

/** What the removal of one stage took away, for the change log and the assessor's message. */
export interface RemovedStage {
  readonly kind: string;
  readonly cycle: number;
  readonly position: number;
  readonly finalMarks: number;
  readonly unlinked: number;
}

/** What the steps of one removal share: the stage, the moment, and the change log being written. */
interface Removal {
  readonly ctx: RepositoryContext;
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  readonly at: string;
  readonly batch: ChangeBatch;
}

/** Unlinks (as tombstones without text) the evidence linked to the stage's elements; gives their number. */
async function unlinkEvidence({
  ctx,
  organisationId,
  stageId,
  at,
  batch,
}: Removal): Promise<number> {
  const { db } = ctx;
  const links = (await db.evidenceLinks.where('organisationId').equals(organisationId).toArray())
    .filter((l) => l.stageId === stageId && !l.deleted)
    .map((l): LinkRow => ({ ...l, ...header(at, l), deleted: true, quote: '', note: '' }));
  await db.evidenceLinks.bulkPut(links);
  for (const link of links) {
    batch.add(
      {
        entity: 'link',
        entityId: link.id,
        organisationId,
        stageId,
        elementId: link.element,
        revision: link.revision,
      },
      [{ field: 'deleted', before: false, after: true }],
    );
  }
  return links.length;
}

/** Files the documents filed under the stage under no stage. */
async function unfileDocuments({
  ctx,
  organisationId,
  stageId,
  at,
  batch,
}: Removal): Promise<void> {
  const { db } = ctx;
  const filed = (await db.documents.where('organisationId').equals(organisationId).toArray())
    .filter((d) => d.stageId === stageId && !d.deleted)
    .map((d): DocumentRow => nextVersion(d, { ...d, stageId: null }, at).row);
  await db.documents.bulkPut(filed);
  for (const doc of filed) {
    batch.add(
      {
        entity: 'document',
        entityId: doc.id,
        organisationId,
        stageId: null,
        elementId: null,
        revision: doc.revision,
      },
      [{ field: 'stageId', before: stageId, after: null }],
    );
  }
}

/**
 * Moves the stages after `position` up one, so positions stay 0, 1, 2 … in order. A position is
 * not signed content (shared/signoff), so a later signed-off stage keeps its hash.
 */
async function moveLaterStagesUp(
  { ctx, organisationId, at, batch }: Removal,
  position: number,
): Promise<void> {
  const { db } = ctx;
  const later = (await db.stages.where('organisationId').equals(organisationId).toArray())
    .filter((s) => !s.deleted && s.position > position)
    .sort((a, b) => a.position - b.position);
  for (const stage of later) {
    await writeLogged(ctx, {
      table: db.stages,
      row: stage,
      next: { ...stage, position: stage.position - 1 },
      changes: [{ field: 'position', before: stage.position, after: stage.position - 1 }],
      target: {
        entity: 'stage',
        entityId: stage.id,
        organisationId,
        stageId: stage.id,
        elementId: null,
      },
      at,
      batch,
    });
  }
}

/**
 * Removes the stage (see the top of this file), in one transaction; refused for a signed-off
 * stage. Gives what was taken away.
 */
export function removeStage(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stageId: StageId,
): Promise<SaveReceipt & { readonly removed: RemovedStage }> {
  const { db } = ctx;
  const tables = [
    db.organisations,
    db.stages,
    db.entries,
    db.stageMarks,
    db.evidenceLinks,
    db.documents,
    db.changes,
  ];
  return db.transaction('rw', tables, async () => {
    const row = await writableStage(db, organisationId, stageId);
    // A signed-off stage is never removed: the same refusal as every write to one.
    refuseSignedOff(row);
    const at = ctx.now();
    const removal: Removal = {
      ctx,
      organisationId,
      stageId,
      at,
      batch: new ChangeBatch(ctx.newId, at),
    };
    const entries = await db.entries.where('stageId').equals(stageId).toArray();
    const live = entries.filter((e) => !e.deleted);
    await db.entries.bulkPut(live.map((e) => blankEntry(e, at)));
    await db.stageMarks.delete(stageId);
    const unlinked = await unlinkEvidence(removal);
    await unfileDocuments(removal);

    const tomb = blankStage(row, at);
    await db.stages.put(tomb);
    const removed: RemovedStage = {
      kind: row.kind,
      cycle: row.cycle,
      position: row.position,
      finalMarks: live.filter((e) => e.finalMark !== null).length,
      unlinked,
    };
    removal.batch.add(
      {
        entity: 'stage',
        entityId: stageId,
        organisationId,
        stageId,
        elementId: null,
        revision: tomb.revision,
      },
      [
        { field: 'removed', before: null, after: removed },
        { field: 'deleted', before: false, after: true },
      ],
    );
    await moveLaterStagesUp(removal, row.position);
    await db.changes.bulkAdd(removal.batch.rows);
    return { revision: tomb.revision, committedAt: at, removed };
  });
}
