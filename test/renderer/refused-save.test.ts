// Issue 15, reproduction 1: one refused save must not block every later save. Edit 1.1.1, sign
// the stage off, press Ctrl+Z: the undo must be refused (its history was cleared at sign-off),
// and whatever happens to a refused write, a later edit in another organisation is written.
import { describe, expect, it } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import { TEST_PASSPHRASE, storeWorld } from './support/store-world';
import type { StoreWorld } from './support/store-world';

const E = (id: string): ElementId => id as ElementId;

async function newOrganisation(
  w: StoreWorld,
  name: string,
): Promise<{ orgId: OrganisationId; stageId: StageId }> {
  await w.store.getState().createOrganisation(name, '');
  const route = w.store.getState().route;
  if (route.screen !== 'workbook') throw new Error('not in the workbook');
  await w.store.getState().openRecord(route.organisationId);
  return { orgId: route.organisationId, stageId: route.stageId };
}

async function storedText(w: StoreWorld, org: OrganisationId, element: string): Promise<string> {
  const record = await w.repository.loadRecord(org);
  return record?.stages[0]?.entries.find((e) => e.element === element)?.deskTopEvidence ?? '';
}

describe('a refused save', () => {
  it('undo after sign-off is refused and does not block later saves elsewhere', async () => {
    const w = await storeWorld();
    const a = await newOrganisation(w, 'Signed Council');
    w.store.getState().editEntry(a.stageId, E('1.1.1'), { deskTopEvidence: 'Customer map' });
    await w.store.getState().flush();
    expect(await w.store.getState().createSigningKey('Ann Assessor', TEST_PASSPHRASE)).toBe(true);
    const refused = await w.store
      .getState()
      .signOffStage(a.stageId, 'Ann Assessor', TEST_PASSPHRASE);
    expect(refused).toBeNull();
    expect(w.store.getState().undoStack).toEqual([]);
    expect(w.store.getState().record?.stages[0]?.signOff).toBeDefined();

    w.store.getState().undo();
    expect(w.store.getState().record?.stages[0]?.entries[0]?.deskTopEvidence).toBe('Customer map');
    await w.store.getState().flush();
    expect(await storedText(w, a.orgId, '1.1.1')).toBe('Customer map');

    const b = await newOrganisation(w, 'Other Council');
    w.store.getState().editEntry(b.stageId, E('2.1.1'), { deskTopEvidence: 'Two hours of notes' });
    await w.store.getState().flush();
    expect(await storedText(w, b.orgId, '2.1.1')).toBe('Two hours of notes');
    expect(w.store.getState().save.state).toBe('saved');
  });

  it('a write the repository refuses goes to recovery; the writes behind it go on', async () => {
    const w = await storeWorld();
    const a = await newOrganisation(w, 'Trashed Council');
    // The organisation is moved to the trash behind the editor's back (another window).
    w.store.getState().editEntry(a.stageId, E('1.1.1'), { deskTopEvidence: 'Kept words' });
    await w.repository.moveToTrash(a.orgId);
    w.store.getState().editOrganisation({ unitsInScope: 'Library' });
    const b = await newOrganisation(w, 'Live Council');
    w.store.getState().editEntry(b.stageId, E('3.1.1'), { deskTopEvidence: 'Later notes' });
    await w.store.getState().flush();
    expect(await storedText(w, b.orgId, '3.1.1')).toBe('Later notes');
    const kept = await w.repository.listRecovery();
    expect(kept.map((r) => [r.organisationId, r.target.kind, r.patch])).toEqual([
      [a.orgId, 'entry', { deskTopEvidence: 'Kept words' }],
      [a.orgId, 'organisation', { unitsInScope: 'Library' }],
    ]);
    expect(w.store.getState().recovery.map((r) => r.id)).toEqual(kept.map((r) => r.id));
    expect(w.store.getState().save.state).toBe('saved');
  });
});
