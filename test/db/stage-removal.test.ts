import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import type { ElementId, StageId } from '../../shared/types/ids';
import type { StageSignOff } from '../../shared/types/record';
import { ORG, link, newDocument } from '../evidence/db-evidence-world';
import { fixtureBytes } from '../evidence/support';
import { openWorld, sampleRecord } from './helpers';

const SV1 = 'stage-sv1-2016' as StageId;
const SV2 = 'stage-sv2-2017' as StageId;
const SIGN_OFF: StageSignOff = {
  signedOffAt: '2026-11-23T10:00:00.000Z',
  signedOffBy: 'Siân O’Connor',
  contentHash: 'a'.repeat(64),
  scheme: 'cse-fieldbook-stage-v1',
};

describe('removing a stage created by mistake', () => {
  it('tombstones the stage and its entries, drops its index row, logs it, moves later stages up', async () => {
    const { db, repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const doc = await newDocument(
      'doc-1',
      'Complaints procedure.md',
      fixtureBytes('complaints-procedure.md'),
      {
        stageId: SV1,
      },
    );
    expect((await repo.addDocument(ORG, doc)).kind).toBe('added');
    await repo.addLink(ORG, link('l-sv1', 'doc-1', { stageId: SV1 }));
    await repo.addLink(ORG, link('l-ia', 'doc-1'));
    expect(await db.stageMarks.get(SV1)).toBeDefined();

    const result = await repo.removeStage(ORG, SV1);
    expect(result.removed).toMatchObject({
      kind: 'surveillance-1',
      cycle: 1,
      position: 1,
      finalMarks: 57,
      unlinked: 1,
    });

    const loaded = await repo.loadRecord(ORG);
    expect(loaded?.stages.map((s) => s.id)).toEqual([
      'stage-ia-2015',
      'stage-sv2-2017',
      'stage-ra-2018',
    ]);
    // Every other stage reads back exactly as it was.
    for (const stage of loaded?.stages ?? []) {
      expect(stage).toEqual(record.stages.find((s) => s.id === stage.id));
    }
    const row = await db.stages.get(SV1);
    expect(row).toMatchObject({ deleted: true, assessor: '', notes: '' });
    const entries = await db.entries.where('stageId').equals(SV1).toArray();
    expect(entries).toHaveLength(57);
    expect(entries.every((e) => e.deleted && e.finalMark === null && e.visitEvidence === '')).toBe(
      true,
    );
    expect(await db.stageMarks.get(SV1)).toBeUndefined();
    const positions = (await db.stages.where('organisationId').equals(ORG).toArray())
      .filter((s) => !s.deleted)
      .sort((a, b) => a.position - b.position)
      .map((s) => [s.id, s.position]);
    expect(positions).toEqual([
      ['stage-ia-2015', 0],
      ['stage-sv2-2017', 1],
      ['stage-ra-2018', 2],
    ]);

    const library = await repo.loadLibrary(ORG);
    expect(library.links.map((l) => l.id)).toEqual(['l-ia']);
    expect(library.documents[0]?.document.stageId).toBeNull();

    const changes = await repo.listChanges({ organisationId: ORG, stageId: SV1 });
    expect(changes.map((c) => c.field)).toEqual(expect.arrayContaining(['removed', 'deleted']));
    expect(changes.find((c) => c.field === 'removed')?.after).toMatchObject({
      kind: 'surveillance-1',
      finalMarks: 57,
    });
    const moved = await repo.listChanges({ organisationId: ORG, stageId: SV2 });
    expect(moved[0]).toMatchObject({ field: 'position', before: 2, after: 1 });

    // The record still saves as a valid exchange file (no link or document names the stage).
    const full = { ...loaded!, evidence: await repo.loadEvidence(ORG) };
    const again = readExchangeText(writeExchangeText(full, { exportedAt: '2026-01-02T00:00:00Z' }));
    expect(again.ok).toBe(true);
    db.close();
  });

  it('refuses a signed-off stage and changes nothing', async () => {
    const { db, repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    await repo.signOffStage(ORG, SV1, SIGN_OFF);
    const before = await repo.loadRecord(ORG);
    const changes = await db.changes.count();
    await expect(repo.removeStage(ORG, SV1)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'signed-off',
      message: expect.stringContaining('Surveillance 1 is signed off'),
    });
    expect(await repo.loadRecord(ORG)).toEqual(before);
    expect(await db.changes.count()).toBe(changes);
    expect(await db.stageMarks.get(SV1)).toBeDefined();
    db.close();
  });

  it('refuses a stage of another organisation, an unknown one and one already removed', async () => {
    const { db, repo } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    await expect(repo.removeStage(ORG, 'stage-nope' as StageId)).rejects.toMatchObject({
      kind: 'not-found',
    });
    const other = { ...record.organisation, id: 'org-other' as typeof ORG };
    await repo.createRecord({ organisation: other, stages: [] });
    await expect(repo.removeStage(other.id, SV1)).rejects.toMatchObject({ kind: 'not-found' });
    await repo.removeStage(ORG, SV2);
    await expect(repo.removeStage(ORG, SV2)).rejects.toMatchObject({ kind: 'not-found' });
    db.close();
  });

  it('rolls back every write when the transaction fails half-way', async () => {
    const { db, repo } = await openWorld();
    await repo.createRecord(sampleRecord());
    const before = await repo.loadRecord(ORG);
    const changes = await db.changes.count();
    // Fail the last write of the transaction (the change log).
    const original = db.changes.bulkAdd.bind(db.changes);
    db.changes.bulkAdd = (() =>
      Promise.reject(new Error('disk full'))) as unknown as typeof original;
    await expect(repo.removeStage(ORG, SV1)).rejects.toMatchObject({ name: 'StorageError' });
    db.changes.bulkAdd = original;
    expect(await repo.loadRecord(ORG)).toEqual(before);
    expect(await db.changes.count()).toBe(changes);
    expect(await db.stageMarks.get(SV1)).toBeDefined();
    expect((await db.entries.get(`${ORG}|${SV1}|1.1.1`))?.deleted).toBe(false);
    // And afterwards the stage can still be edited and then removed.
    await repo.updateEntry(ORG, SV1, '1.1.1' as ElementId, { keyQuestions: 'x' });
    await repo.removeStage(ORG, SV1);
    expect((await repo.loadRecord(ORG))?.stages).toHaveLength(3);
    db.close();
  });
});
