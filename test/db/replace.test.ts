import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createStage, withEntry } from '../../shared/records/create';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import { openWorld, sampleRecord } from './helpers';

const ORG = 'org-northfield-university' as OrganisationId;

function stageAt(record: AssessmentRecord, i: number): Stage {
  const stage = record.stages[i];
  if (!stage) throw new Error(`no stage ${i}`);
  return stage;
}

describe('replaceRecord', () => {
  it('logs only the fields that changed and raises only those rows’ revisions', async () => {
    const { repo, db } = await openWorld();
    const original = sampleRecord();
    await repo.createRecord(original);
    const ia = stageAt(original, 0);
    const entry = ia.entries[5];
    if (!entry) throw new Error('no entry');
    const changed: AssessmentRecord = {
      organisation: { ...original.organisation, unitsInScope: 'Library only' },
      stages: [
        withEntry({ ...ia, notes: `${ia.notes} Revised.` }, { ...entry, dtrMark: 'NC' }),
        ...original.stages.slice(1),
      ],
    };
    const before = await db.changes.count();
    const receipt = await repo.replaceRecord(changed);
    expect(receipt.revision).toBe(2);
    expect(await repo.loadRecord(ORG)).toEqual(changed);
    const log = (await repo.listChanges({ organisationId: ORG })).slice(0, 3);
    expect(await db.changes.count()).toBe(before + 3);
    expect(log.map((c) => [c.entity, c.field, c.after])).toEqual(
      expect.arrayContaining([
        ['organisation', 'unitsInScope', 'Library only'],
        ['stage', 'notes', `${ia.notes} Revised.`],
        ['entry', 'dtrMark', 'NC'],
      ]),
    );
    const bumped = (await db.entries.toArray()).filter((e) => e.revision > 1);
    expect(bumped.map((e) => [e.element, e.stageId, e.revision, e.baseRevision])).toEqual([
      [entry.element, ia.id, 2, 1],
    ]);
    expect((await db.stages.toArray()).map((s) => [s.id, s.revision])).toEqual(
      expect.arrayContaining([
        [ia.id, 2],
        ['stage-ra-2018', 1],
      ]),
    );
    db.close();
  });

  it('writes nothing when the record is the same', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const before = await db.changes.count();
    expect(await repo.replaceRecord(sampleRecord())).toEqual({
      revision: 1,
      committedAt: '2026-01-01T09:00:00.000Z',
    });
    expect(await db.changes.count()).toBe(before);
    db.close();
  });

  it('adds new stages and turns dropped ones into tombstones that keep their text', async () => {
    const { repo, db } = await openWorld();
    const original = sampleRecord();
    await repo.createRecord(original);
    const extra = createStage({
      id: 'stage-sv1-2019' as StageId,
      kind: 'surveillance-1',
      cycle: 2,
      catalogue: DEFAULT_CATALOGUE,
    });
    const next = { ...original, stages: [...original.stages.slice(0, 3), extra] };
    await repo.replaceRecord(next);
    expect(await repo.loadRecord(ORG)).toEqual(next);
    const dropped = await db.stages.get('stage-ra-2018');
    expect(dropped).toMatchObject({
      deleted: true,
      revision: 2,
      notes: stageAt(original, 3).notes,
    });
    const log = await repo.listChanges({ organisationId: ORG });
    expect(log.slice(0, 2).map((c) => [c.stageId, c.field])).toEqual(
      expect.arrayContaining([
        ['stage-ra-2018', 'deleted'],
        ['stage-sv1-2019', 'created'],
      ]),
    );
    await repo.replaceRecord(original);
    expect((await repo.loadRecord(ORG))?.stages.map((s) => s.id)).toEqual(
      original.stages.map((s) => s.id),
    );
    expect(await db.stages.get('stage-ra-2018')).toMatchObject({ deleted: false, revision: 3 });
    db.close();
  });

  it('refuses an unknown organisation and a stage id owned by another record', async () => {
    const { repo, db } = await openWorld();
    const original = sampleRecord();
    await expect(repo.replaceRecord(original)).rejects.toMatchObject({ kind: 'not-found' });
    await repo.createRecord(original);
    const other: AssessmentRecord = {
      organisation: { ...original.organisation, id: 'org-b' as OrganisationId },
      stages: [{ ...stageAt(original, 0), id: 'stage-b' as StageId }],
    };
    await repo.createRecord(other);
    const stolen = { ...other, stages: [stageAt(original, 0)] };
    await expect(repo.replaceRecord(stolen)).rejects.toMatchObject({ kind: 'conflict' });
    db.close();
  });
});
