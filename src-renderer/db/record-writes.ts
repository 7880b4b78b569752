// Whole-record writes: create, replace (import over an existing record) and add a stage.
// Creations log one `created` change per organisation or stage; the content they start with is
// the row at revision 1, and every later change logs its before and after.
import type { OrganisationId } from '../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { ChangeBatch, diffFields, diffNested, diffStage } from './changes';
import { writableOrganisation, type RepositoryContext } from './context';
import { nextVersion, writeLogged } from './write-logged';
import { organisationTarget } from './edits';
import { StorageError } from './errors';
import type { SaveReceipt } from './receipt';
import type { EntryRow, OrganisationRow, StageRow } from './rows';
import { ENTRY_FIELDS, ORGANISATION_FIELDS, header } from './rows';
import { entryBody, organisationBody, stageBody, stageEntries } from './row-convert';
import { evidenceImportTables, writeImportedEvidence } from './evidence-import';
import { checkIdText, checkStageIds } from './record-ids';
import type { FieldbookDb } from './schema';
import { syncStageMarks } from './stage-marks';
import { tombstone } from './tombstones';
import { isSignedHeaderField, refuseReplacing, signedOffError } from './signed-off';

/** Stage fields an import may change, besides the ones the UI edits. */
const REPLACED_STAGE_FIELDS = [
  'kind',
  'cycle',
  'catalogueId',
  'position',
  'assessor',
  'dates',
  'visitDays',
  'notes',
  'surveillance',
  'report',
  'signOff',
  'deleted',
] as const satisfies readonly (keyof StageRow)[];
const REPLACED_ENTRY_FIELDS = [...ENTRY_FIELDS, 'deleted'] as const;

const CREATED = 'created';
const DELETED = { field: 'deleted', before: false, after: true } as const;

/** The tables a whole-record write touches (the stage-marks index is kept in step). */
function recordTables(db: FieldbookDb) {
  return [db.organisations, db.stages, db.entries, db.stageMarks, db.changes];
}

/** Rows to write and changes to log, gathered during one transaction. */
class Writes {
  readonly stages: StageRow[] = [];
  readonly entries: EntryRow[] = [];
  readonly batch: ChangeBatch;

  constructor(
    ctx: RepositoryContext,
    readonly at: string,
  ) {
    this.batch = new ChangeBatch(ctx.newId, at);
  }

  newStage(organisationId: string, stage: Stage, position: number): void {
    const row: StageRow = { ...stageBody(stage, organisationId, position), ...header(this.at) };
    this.stages.push(row);
    for (const entry of stageEntries(stage)) {
      this.entries.push({ ...entryBody(entry, organisationId, stage.id), ...header(this.at) });
    }
    const target = { entity: 'stage', entityId: stage.id, organisationId } as const;
    this.batch.add({ ...target, stageId: stage.id, elementId: null, revision: 1 }, [
      { field: CREATED, before: null, after: { kind: stage.kind, cycle: stage.cycle } },
    ]);
  }

  async commit(ctx: RepositoryContext): Promise<void> {
    await ctx.db.stages.bulkPut(this.stages);
    await ctx.db.entries.bulkPut(this.entries);
    await syncStageMarks(ctx.db, this.entries);
    await ctx.db.changes.bulkAdd(this.batch.rows);
  }
}

export function createRecord(
  ctx: RepositoryContext,
  record: AssessmentRecord,
): Promise<SaveReceipt> {
  const { db } = ctx;
  const tables = recordTables(db);
  const evidence = evidenceImportTables(db, record.evidence);
  return db.transaction('rw', [...tables, ...evidence], async () => {
    const org = record.organisation;
    checkIdText([org.id]);
    if (await db.organisations.get(org.id)) throw new StorageError('conflict');
    await checkStageIds(ctx, null, record.stages);
    const writes = new Writes(ctx, ctx.now());
    const row: OrganisationRow = {
      ...organisationBody(org, { archived: false, trashedAt: null }),
      ...header(writes.at),
    };
    await db.organisations.add(row);
    const target = { entity: 'organisation', entityId: org.id, organisationId: org.id } as const;
    writes.batch.add({ ...target, stageId: null, elementId: null, revision: 1 }, [
      { field: CREATED, before: null, after: { name: org.name, reference: org.reference } },
    ]);
    record.stages.forEach((stage, position) => writes.newStage(org.id, stage, position));
    await writeImportedEvidence(ctx, org.id, record.evidence, writes.batch, writes.at);
    await writes.commit(ctx);
    return { revision: row.revision, committedAt: writes.at };
  });
}

export function addStage(
  ctx: RepositoryContext,
  organisationId: OrganisationId,
  stage: Stage,
): Promise<SaveReceipt> {
  const { db } = ctx;
  return db.transaction('rw', recordTables(db), async () => {
    await writableOrganisation(db, organisationId);
    await checkStageIds(ctx, organisationId, [stage]);
    if (await db.stages.get(stage.id)) throw new StorageError('conflict');
    const existing = await db.stages.where('organisationId').equals(organisationId).toArray();
    const position = existing.reduce((max, s) => Math.max(max, s.position + 1), 0);
    const writes = new Writes(ctx, ctx.now());
    writes.newStage(organisationId, stage, position);
    await writes.commit(ctx);
    return { revision: 1, committedAt: writes.at };
  });
}

/**
 * Brings one existing stage and its entries to what `stage` says. A signed-off stage may only
 * move (its position is not part of what was signed): anything else is refused.
 */
function replaceStage(
  writes: Writes,
  old: StageRow,
  stage: Stage,
  position: number,
  oldEntries: ReadonlyMap<string, EntryRow>,
): void {
  const organisationId = old.organisationId;
  const desired: StageRow = {
    ...old,
    ...stageBody(stage, organisationId, position),
    deleted: false,
  };
  const stageTarget = {
    entity: 'stage',
    entityId: old.id,
    organisationId,
    stageId: old.id,
  } as const;
  const changes = diffStage(old, desired, [...REPLACED_STAGE_FIELDS]);
  refuseReplacing(old, changes);
  if (changes.length > 0) {
    const { row } = nextVersion(old, desired, writes.at);
    writes.stages.push(row);
    writes.batch.add({ ...stageTarget, elementId: null, revision: row.revision }, changes);
  }
  const kept = new Set<string>();
  for (const entry of stageEntries(stage)) {
    const body = entryBody(entry, organisationId, old.id);
    kept.add(body.id);
    const target = {
      ...stageTarget,
      entity: 'entry' as const,
      entityId: body.id,
      elementId: entry.element,
    };
    const before = oldEntries.get(body.id);
    if (!before) {
      refuseReplacing(old, [{ field: CREATED }]);
      writes.entries.push({ ...body, ...header(writes.at) });
      writes.batch.add({ ...target, revision: 1 }, [{ field: CREATED, before: null, after: null }]);
      continue;
    }
    const after: EntryRow = { ...before, ...body, deleted: false };
    const entryChanges = diffFields(before, after, [...REPLACED_ENTRY_FIELDS]);
    if (entryChanges.length === 0) continue;
    refuseReplacing(old, entryChanges);
    const { row } = nextVersion(before, after, writes.at);
    writes.entries.push(row);
    writes.batch.add({ ...target, revision: row.revision }, entryChanges);
  }
  for (const before of oldEntries.values()) {
    if (before.stageId !== old.id || kept.has(before.id) || before.deleted) continue;
    refuseReplacing(old, [DELETED]);
    const row = tombstone(before, writes.at);
    writes.entries.push(row);
    const target = {
      ...stageTarget,
      entity: 'entry' as const,
      entityId: row.id,
      elementId: row.element,
    };
    writes.batch.add({ ...target, revision: row.revision }, [DELETED]);
  }
}

/**
 * Replaces an organisation's whole record (e.g. an import over it) in one transaction: rows that
 * differ get a new revision and one change per differing field; stages the record no longer has
 * become tombstones that keep their text (an import must never destroy notes; a later import
 * with the same stage id brings them back). Archive and trash state are kept. A stored
 * signed-off stage must come through unchanged (see `keepSignedOffStages` in shared/signoff/,
 * which imports use first): anything that would change it, its linked evidence or the
 * organisation header is refused with `signed-off`, and nothing is written.
 */
export function replaceRecord(
  ctx: RepositoryContext,
  record: AssessmentRecord,
): Promise<SaveReceipt> {
  const { db } = ctx;
  const tables = recordTables(db);
  const evidence = evidenceImportTables(db, record.evidence);
  return db.transaction('rw', [...tables, ...evidence], async () => {
    const id = record.organisation.id;
    const orgRow = await writableOrganisation(db, id);
    await checkStageIds(ctx, id, record.stages);
    const writes = new Writes(ctx, ctx.now());

    const desired: OrganisationRow = {
      ...orgRow,
      ...organisationBody(record.organisation, orgRow),
    };
    const oldStages = new Map(
      (await db.stages.where('organisationId').equals(id).toArray()).map((s) => [s.id, s]),
    );
    const signed = [...oldStages.values()].filter((s) => !s.deleted && s.signOff);
    const orgChanges = diffNested(orgRow, desired, ORGANISATION_FIELDS);
    if (signed[0] && orgChanges.some((c) => isSignedHeaderField(c.field))) {
      throw signedOffError(signed[0], 'the organisation’s details');
    }
    const orgWrite = await writeLogged(ctx, {
      table: db.organisations,
      row: orgRow,
      next: desired,
      changes: orgChanges,
      target: organisationTarget(id),
      at: writes.at,
      batch: writes.batch,
    });
    const receipt = orgWrite.receipt;

    const oldEntries = new Map(
      (await db.entries.where('organisationId').equals(id).toArray()).map((e) => [e.id, e]),
    );
    record.stages.forEach((stage, position) => {
      const old = oldStages.get(stage.id);
      if (old) replaceStage(writes, old, stage, position, oldEntries);
      else writes.newStage(id, stage, position);
    });
    const kept = new Set<string>(record.stages.map((s) => s.id));
    for (const old of oldStages.values()) {
      if (kept.has(old.id) || old.deleted) continue;
      if (old.signOff) throw signedOffError(old, 'it (the import does not hold it)');
      const row = tombstone(old, writes.at);
      writes.stages.push(row);
      const target = { entity: 'stage', entityId: old.id, organisationId: id } as const;
      writes.batch.add({ ...target, stageId: old.id, elementId: null, revision: row.revision }, [
        DELETED,
      ]);
      for (const entry of oldEntries.values()) {
        if (entry.stageId === old.id && !entry.deleted)
          writes.entries.push(tombstone(entry, writes.at));
      }
    }
    const signedIds = new Set(signed.map((s) => s.id));
    await writeImportedEvidence(ctx, id, record.evidence, writes.batch, writes.at, signedIds);
    await writes.commit(ctx);
    return writes.batch.rows.length > 0 ? { ...receipt, committedAt: writes.at } : receipt;
  });
}
