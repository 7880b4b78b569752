import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/types/dates';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { EntryRow } from '../../src-renderer/db/rows';
import { openWorld, sampleRecord } from './helpers';

const ORG = 'org-northfield-university' as OrganisationId;
const IA = 'stage-ia-2015' as StageId;
const RA = 'stage-ra-2018' as StageId;
const E = '1.1.1' as ElementId;

function revisions(rows: readonly EntryRow[]): Map<string, number> {
  return new Map(rows.map((r) => [r.id, r.revision]));
}

describe('updateEntry', () => {
  it('rewrites only that entry row and logs each changed field with before and after', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const before = revisions(await db.entries.toArray());
    const old = record.stages[3]?.entries[0];
    const receipt = await repo.updateEntry(ORG, RA, E, {
      visitEvidence: 'Seen on the day ✓',
      finalMark: old?.finalMark === 'P' ? 'F' : 'P',
      keyQuestions: old?.keyQuestions,
    });
    expect(receipt).toEqual({ revision: 2, committedAt: '2026-01-01T09:00:01.000Z' });
    const after = revisions(await db.entries.toArray());
    const id = `${ORG}|${RA}|${E}`;
    for (const [key, revision] of after) {
      expect(revision).toBe(key === id ? 2 : before.get(key));
    }
    expect(await db.entries.get(id)).toMatchObject({ revision: 2, baseRevision: 1 });
    expect((await db.organisations.get(ORG))?.revision).toBe(1);
    const log = await repo.listChanges({ organisationId: ORG, stageId: RA, elementId: E });
    expect(log.map((c) => [c.field, c.before, c.after])).toEqual([
      ['finalMark', old?.finalMark, old?.finalMark === 'P' ? 'F' : 'P'],
      ['visitEvidence', old?.visitEvidence, 'Seen on the day ✓'],
    ]);
    expect(log[0]).toMatchObject({ entity: 'entry', stageId: RA, elementId: E, revision: 2 });
    db.close();
  });

  it('counts revisions up with baseRevision one behind', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    for (let i = 1; i <= 3; i += 1) {
      const receipt = await repo.updateEntry(ORG, IA, E, { developmentNote: `draft ${i}` });
      expect(receipt.revision).toBe(1 + i);
    }
    expect(await db.entries.get(`${ORG}|${IA}|${E}`)).toMatchObject({
      revision: 4,
      baseRevision: 3,
      developmentNote: 'draft 3',
    });
    const log = await repo.listChanges({ organisationId: ORG, elementId: E });
    expect(log.map((c) => c.after)).toEqual(['draft 3', 'draft 2', 'draft 1']);
    db.close();
  });

  it('writes nothing for a patch that changes nothing and returns the current revision', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const same = record.stages[0]?.entries[0];
    const changes = await db.changes.count();
    const receipt = await repo.updateEntry(ORG, IA, E, { ...same, element: 'ignored' } as never);
    expect(receipt).toEqual({ revision: 1, committedAt: '2026-01-01T09:00:00.000Z' });
    expect(await db.changes.count()).toBe(changes);
    db.close();
  });

  it('rolls back the entry when the change log write fails in the same transaction', async () => {
    let n = 0;
    // Ids repeat after the record is created, so the change row collides and the transaction aborts.
    const { repo, db } = await openWorld({ newId: () => (n < 5 ? `c-${++n}` : 'c-1') });
    await repo.createRecord(sampleRecord());
    const row = await db.entries.get(`${ORG}|${IA}|${E}`);
    const changes = await db.changes.count();
    await expect(
      repo.updateEntry(ORG, IA, E, { notes: 'x', visitEvidence: 'lost?' } as never),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await db.entries.get(`${ORG}|${IA}|${E}`)).toEqual(row);
    expect(await db.changes.count()).toBe(changes);
    db.close();
  });

  it('says not-found for an unknown organisation, stage or element', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const patch = { visitEvidence: 'x' };
    await expect(repo.updateEntry('nope' as OrganisationId, IA, E, patch)).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(repo.updateEntry(ORG, 'nope' as StageId, E, patch)).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(repo.updateEntry(ORG, IA, '9.9.9' as ElementId, patch)).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(repo.updateStage(ORG, 'nope' as StageId, { notes: 'x' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    db.close();
  });

  it('refuses values it cannot store, writing nothing', async () => {
    const { repo, db } = await openWorld();
    await repo.createRecord(sampleRecord());
    const changes = await db.changes.count();
    await expect(repo.updateEntry(ORG, IA, E, { finalMark: 'A' as never })).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/not saved.*Nothing was changed/) as unknown,
    });
    await expect(repo.updateStage(ORG, IA, { visitDays: -1 })).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(await db.changes.count()).toBe(changes);
    db.close();
  });
});

describe('updateStage and updateOrganisation', () => {
  it('logs each key date that changed, in stored text form, and keeps the others', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const dates = record.stages[0]?.dates;
    if (!dates) throw new Error('no dates');
    const receipt = await repo.updateStage(ORG, IA, {
      dates: { ...dates, visit: { kind: 'tbc' }, deskTopReview: dates.deskTopReview },
      assessor: 'Ana Ruiz',
    });
    expect(receipt.revision).toBe(2);
    const log = await repo.listChanges({ organisationId: ORG, stageId: IA });
    expect(log.map((c) => [c.field, c.before, c.after])).toEqual([
      ['dates.visit', '2015-03-11/2015-03-12', 'TBC'],
      ['assessor', record.stages[0]?.assessor, 'Ana Ruiz'],
      ['created', null, { kind: 'initial', cycle: 1 }],
    ]);
    const loaded = await repo.loadRecord(ORG);
    expect(loaded?.stages[0]?.dates).toEqual({ ...dates, visit: { kind: 'tbc' } });
    expect(loaded?.stages[1]).toEqual(record.stages[1]);
    await repo.updateStage(ORG, IA, {
      dates: { visit: { kind: 'date', date: '2015-03-11' as IsoDate } } as never,
    });
    expect((await repo.loadRecord(ORG))?.stages[0]?.dates).toEqual({
      ...dates,
      visit: { kind: 'date', date: '2015-03-11' },
    });
    db.close();
  });

  it('stores surveillance records and logs them per key', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const surveillance = record.stages[1]?.surveillance;
    if (!surveillance) throw new Error('no surveillance');
    const category = { category: 'high', reason: 'An NC at 4.3.2', decidedOn: null } as const;
    await repo.updateStage(ORG, 'stage-sv1-2016' as StageId, {
      surveillance: { ...surveillance, category },
    });
    const loaded = await repo.loadRecord(ORG);
    expect(loaded?.stages[1]?.surveillance).toEqual({ ...surveillance, category });
    const log = await repo.listChanges({
      organisationId: ORG,
      stageId: 'stage-sv1-2016' as StageId,
    });
    expect(log.map((c) => c.field)).toEqual(['surveillance.category', 'created']);
    db.close();
  });

  it('updates organisation fields, comparing contacts by value', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    const contacts = record.organisation.contacts.map((c) => ({
      phone: c.phone,
      email: c.email,
      role: c.role,
      name: c.name,
    }));
    const same = await repo.updateOrganisation(ORG, { contacts, name: record.organisation.name });
    expect(same.revision).toBe(1);
    const receipt = await repo.updateOrganisation(ORG, { reference: '14/5168', contacts });
    expect(receipt.revision).toBe(2);
    const log = await repo.listChanges({ organisationId: ORG });
    expect(log[0]).toMatchObject({
      entity: 'organisation',
      field: 'reference',
      before: '14/5167',
      after: '14/5168',
      stageId: null,
      elementId: null,
    });
    expect((await repo.loadRecord(ORG))?.organisation.reference).toBe('14/5168');
    db.close();
  });

  it('stores planned dates, logs each one that changed, and reads old rows as "TBC"', async () => {
    const { repo, db } = await openWorld();
    const record = sampleRecord();
    await repo.createRecord(record);
    expect((await repo.loadRecord(ORG))?.organisation.plannedDates).toEqual(
      record.organisation.plannedDates,
    );
    await repo.updateOrganisation(ORG, {
      plannedDates: {
        ...record.organisation.plannedDates,
        surveillance1: { kind: 'date', date: '2016-03-10' as IsoDate },
        recertification: { kind: 'tbc' },
      },
    });
    const log = await repo.listChanges({ organisationId: ORG });
    expect(
      log
        .slice(0, 2)
        .map((c) => [c.field, c.before, c.after])
        .sort(),
    ).toEqual([
      ['plannedDates.recertification', null, 'TBC'],
      ['plannedDates.surveillance1', null, '2016-03-10'],
    ]);
    expect((await repo.loadRecord(ORG))?.organisation.plannedDates).toEqual({
      surveillance1: { kind: 'date', date: '2016-03-10' },
      surveillance2: null,
      recertification: { kind: 'tbc' },
    });
    await expect(
      repo.updateOrganisation(ORG, {
        plannedDates: { surveillance2: { kind: 'date', date: '2017-02-30' } } as never,
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    // A row written before exchange format 5 has no planned dates at all.
    const older = { ...(await db.organisations.get(ORG))! };
    delete (older as { plannedDates?: unknown }).plannedDates;
    await db.organisations.put(older);
    expect((await repo.loadRecord(ORG))?.organisation.plannedDates).toEqual({
      surveillance1: null,
      surveillance2: null,
      recertification: null,
    });
    db.close();
  });
});
