import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord, createStage } from '../../shared/records/create';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import { StorageError } from '../../src-renderer/db/index';
import { openWorld, sampleRecord } from './helpers';

const ORG = 'org-northfield-university' as OrganisationId;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('create and load', () => {
  it('gives back the sample record deep-equal, stages in order, 57 entries each', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    const receipt = await repo.createRecord(record);
    expect(receipt).toEqual({ revision: 1, committedAt: '2026-01-01T09:00:00.000Z' });
    const loaded = await repo.loadRecord(ORG);
    expect(loaded).toEqual(record);
    expect(loaded?.stages.map((s) => s.entries.length)).toEqual([57, 57, 57, 57]);
    expect(loaded?.stages[0]?.entries.map((e) => e.element)).toEqual(
      DEFAULT_CATALOGUE.elements.map((e) => e.id),
    );
    db.close();
  });

  it('stores one row per entry with a fixed id, key dates as exchange text, nothing computed', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    expect(await db.entries.count()).toBe(4 * 57);
    const entry = await db.entries.get(`${ORG}|stage-ia-2015|4.3.2`);
    expect(entry).toMatchObject({
      organisationId: ORG,
      stageId: 'stage-ia-2015',
      element: '4.3.2',
    });
    expect(entry).toMatchObject({ revision: 1, baseRevision: 0, deleted: false });
    const stage = await db.stages.get('stage-ia-2015');
    expect(stage?.dates).toMatchObject({
      visit: '2015-03-11/2015-03-12',
      secondDeskTopReview: 'N/A',
    });
    expect(Object.keys(stage ?? {})).not.toContain('entries');
    const org = await db.organisations.get(ORG);
    expect(org).toMatchObject({ archived: false, trashedAt: null, revision: 1, deleted: false });
    expect(JSON.stringify(org)).not.toMatch(/verdict|score|count/i);
    db.close();
  });

  it('rejects a second record with the same id as a conflict and writes nothing', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const changes = await db.changes.count();
    const again = repo.createRecord(sampleRecord());
    await expect(again).rejects.toBeInstanceOf(StorageError);
    await expect(again).rejects.toMatchObject({ kind: 'conflict' });
    expect(await db.changes.count()).toBe(changes);
    db.close();
  });

  it('refuses ids that cannot be part of a row key', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    const badOrg = {
      ...record,
      organisation: { ...record.organisation, id: 'a|b' as OrganisationId },
    };
    await expect(repo.createRecord(badOrg)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.organisations.count()).toBe(0);
    db.close();
  });

  it('returns null for a record that is not there', async () => {
    const { repo, db } = await openWorld();
    expect(await repo.loadRecord('nobody' as OrganisationId)).toBeNull();
    db.close();
  });

  it('adds a stage at the end; the portfolio shows headers and the current stage', async () => {
    const { repo, db } = await openWorld();
    const record = createRecord({
      organisationId: 'org-a' as OrganisationId,
      stageId: 'st-1' as StageId,
      name: 'Beta Borough',
      catalogue: DEFAULT_CATALOGUE,
    });
    await repo.createRecord(record);
    await repo.createRecord(sampleRecord());
    const stage = createStage({
      id: 'st-2' as StageId,
      kind: 'surveillance-1',
      cycle: 1,
      catalogue: DEFAULT_CATALOGUE,
    });
    expect(await repo.addStage('org-a' as OrganisationId, stage)).toMatchObject({ revision: 1 });
    await expect(repo.addStage('org-a' as OrganisationId, stage)).rejects.toMatchObject({
      kind: 'conflict',
    });
    const rows = await repo.listPortfolio();
    expect(rows.map((r) => r.organisation.name)).toEqual([
      'Beta Borough',
      sampleRecord().organisation.name,
    ]);
    const beta = rows[0];
    expect(beta?.stages.map((s) => s.id)).toEqual(['st-1', 'st-2']);
    expect(beta?.stages.every((s) => s.entries.length === 0)).toBe(true);
    expect(beta?.currentStage?.id).toBe('st-2');
    expect(beta?.currentStage?.entries).toHaveLength(57);
    expect(beta?.updatedAt).toBe('2026-01-01T09:00:02.000Z');
    expect(beta).toMatchObject({ archived: false, trashedAt: null });
    expect(rows[1]?.currentStage?.id).toBe('stage-ra-2018');
    // The portfolio carries marks, not evidence: texts stay out of memory until a record opens.
    const stored = sampleRecord().stages[3]!.entries;
    const listed = rows[1]?.currentStage?.entries ?? [];
    expect(listed.map((e) => [e.element, e.dtrMark, e.finalMark])).toEqual(
      stored.map((e) => [e.element, e.dtrMark, e.finalMark]),
    );
    expect(stored.some((e) => e.deskTopEvidence !== '')).toBe(true);
    expect(listed.every((e) => e.deskTopEvidence === '' && e.visitEvidence === '')).toBe(true);
    const loaded = await repo.loadRecord('org-a' as OrganisationId);
    expect(loaded?.stages).toEqual([...record.stages, stage]);
    db.close();
  });
});

describe('durability', () => {
  it('opens with strict durability and passes it to every IndexedDB transaction', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { repo, db } = await openWorld({ factory: new IDBFactory() });
    expect(db._options.chromeTransactionDurability).toBe('strict');
    spy.mockClear();
    await repo.createRecord(sampleRecord());
    const writes = spy.mock.calls.filter((call) => call[1] === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
    db.close();
  });
});
