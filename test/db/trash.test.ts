import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createRecord } from '../../shared/records/create';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { openWorld, sampleRecord } from './helpers';

const ORG = 'org-northfield-university' as OrganisationId;
const IA = 'stage-ia-2015' as StageId;
const OTHER = 'org-other' as OrganisationId;

async function twoRecords(): Promise<Awaited<ReturnType<typeof openWorld>>> {
  const world = await openWorld();
  await world.repo.createRecord(sampleRecord());
  await world.repo.createRecord(
    createRecord({
      organisationId: OTHER,
      stageId: 'st-other' as StageId,
      name: 'Other Org',
      catalogue: DEFAULT_CATALOGUE,
    }),
  );
  return world;
}

describe('archive', () => {
  it('archives and unarchives, logging the flag; archived rows stay in the portfolio', async () => {
    const { repo, db } = await twoRecords();
    expect((await repo.setArchived(ORG, true)).revision).toBe(2);
    expect((await repo.setArchived(ORG, true)).revision).toBe(2);
    const row = (await repo.listPortfolio()).find((r) => r.organisation.id === ORG);
    expect(row).toMatchObject({ archived: true, trashedAt: null });
    expect((await repo.setArchived(ORG, false)).revision).toBe(3);
    const log = await repo.listChanges({ organisationId: ORG });
    expect(log.slice(0, 2).map((c) => [c.field, c.before, c.after])).toEqual([
      ['archived', true, false],
      ['archived', false, true],
    ]);
    db.close();
  });
});

describe('trash', () => {
  it('moves to the trash (still listed and loadable, but read-only) and restores', async () => {
    const { repo, db, clock } = await twoRecords();
    const receipt = await repo.moveToTrash(ORG);
    expect(receipt.revision).toBe(2);
    const trashed = (await repo.listPortfolio()).find((r) => r.organisation.id === ORG);
    expect(trashed?.trashedAt).toBe(receipt.committedAt);
    expect(await repo.loadRecord(ORG)).not.toBeNull();
    const readOnly = { kind: 'read-only' };
    const E = '1.1.1' as ElementId;
    await expect(repo.updateEntry(ORG, IA, E, { visitEvidence: 'x' })).rejects.toMatchObject(
      readOnly,
    );
    await expect(repo.updateStage(ORG, IA, { notes: 'x' })).rejects.toMatchObject(readOnly);
    await expect(repo.updateOrganisation(ORG, { name: 'x' })).rejects.toMatchObject(readOnly);
    await expect(repo.setArchived(ORG, true)).rejects.toMatchObject(readOnly);
    await expect(repo.replaceRecord(sampleRecord())).rejects.toMatchObject(readOnly);
    expect((await repo.moveToTrash(ORG)).revision).toBe(2);
    clock.now();
    expect((await repo.restoreFromTrash(ORG)).revision).toBe(3);
    expect((await repo.updateEntry(ORG, IA, E, { visitEvidence: 'x' })).revision).toBe(2);
    const fields = (await repo.listChanges({ organisationId: ORG }))
      .filter((c) => c.entity === 'organisation')
      .map((c) => [c.field, c.before === null, c.after === null]);
    expect(fields).toEqual([
      ['trashedAt', false, true],
      ['trashedAt', true, false],
      ['created', true, false],
    ]);
    db.close();
  });

  it('empties the trash into blank tombstones, out of the portfolio and loadRecord', async () => {
    const { repo, db } = await twoRecords();
    await repo.updateEntry(ORG, IA, '1.1.1' as ElementId, { visitEvidence: 'confidential' });
    await repo.moveToTrash(ORG);
    expect(await repo.emptyTrash()).toBe(1);
    expect(await repo.emptyTrash()).toBe(0);
    expect((await repo.listPortfolio()).map((r) => r.organisation.id)).toEqual([OTHER]);
    expect(await repo.loadRecord(ORG)).toBeNull();
    const org = await db.organisations.get(ORG);
    expect(org).toMatchObject({ deleted: true, name: '', reference: '', contacts: [] });
    const stages = await db.stages.where('organisationId').equals(ORG).toArray();
    expect(stages).toHaveLength(4);
    expect(stages.every((s) => s.deleted && s.notes === '' && s.assessor === '')).toBe(true);
    const entries = await db.entries.where('organisationId').equals(ORG).toArray();
    expect(entries).toHaveLength(4 * 57);
    for (const e of entries) {
      expect(e).toMatchObject({ deleted: true, deskTopEvidence: '', visitEvidence: '' });
      expect(e).toMatchObject({ dtrMark: null, finalMark: null, developmentNote: '' });
    }
    const rows = await Promise.all(db.tables.map((t) => t.toArray()));
    expect(JSON.stringify(rows)).not.toMatch(/confidential|Northfield|Siân/);
    const log = await repo.listChanges({ organisationId: ORG });
    expect(log.filter((c) => c.field === 'deleted')).toHaveLength(5);
    expect(log.every((c) => c.field === 'deleted' || (c.before === null && c.after === null))).toBe(
      true,
    );
    await expect(repo.restoreFromTrash(ORG)).rejects.toMatchObject({ kind: 'read-only' });
    await expect(repo.createRecord(sampleRecord())).rejects.toMatchObject({ kind: 'conflict' });
    expect(await repo.loadRecord(OTHER)).not.toBeNull();
    db.close();
  });
});
