import { describe, expect, it } from 'vitest';
import { storeWorld } from './support/store-world';
import type { StoreWorld } from './support/store-world';
import { writeExchangeText } from '../../shared/exchange/write';
import type { ElementId, StageId } from '../../shared/types/ids';

const world = storeWorld;
type World = StoreWorld;

const E = (id: string): ElementId => id as ElementId;

async function newOrganisation(w: World): Promise<{ orgId: string; stageId: StageId }> {
  await w.store.getState().createOrganisation('  Riverside Library  ', '22/0101');
  const route = w.store.getState().route;
  if (route.screen !== 'workbook') throw new Error('not in the workbook');
  await w.store.getState().openRecord(route.organisationId);
  return { orgId: route.organisationId, stageId: route.stageId };
}

describe('the app store', () => {
  it('creates an organisation at its initial assessment and opens its workbook', async () => {
    const w = await world();
    await newOrganisation(w);
    const rows = w.store.getState().portfolio ?? [];
    expect(rows.map((r) => [r.organisation.name, r.organisation.reference])).toEqual([
      ['Riverside Library', '22/0101'],
    ]);
    expect(w.store.getState().record?.stages.map((s) => s.kind)).toEqual(['initial']);
  });

  it('shows an edit at once and stores it when flushed, reporting Saved only then', async () => {
    const w = await world();
    const { stageId } = await newOrganisation(w);
    const s = w.store.getState();
    s.editEntry(stageId, E('1.1.1'), { deskTopEvidence: 'Customer profile' });
    expect(w.store.getState().save.state).toBe('pending'); // typing waits for a pause
    s.editEntry(stageId, E('1.1.1'), { finalMark: 'P' });
    expect(w.store.getState().record?.stages[0]?.entries[0]).toMatchObject({
      deskTopEvidence: 'Customer profile',
      finalMark: 'P',
    });
    expect(w.store.getState().save.state).toBe('saving'); // a mark is written at once
    await w.store.getState().flush();
    expect(w.store.getState().save.state).toBe('saved');
    const stored = await w.repository.loadRecord(w.store.getState().record!.organisation.id);
    expect(stored?.stages[0]?.entries[0]).toMatchObject({
      deskTopEvidence: 'Customer profile',
      finalMark: 'P',
    });
  });

  it('undoes the last change, in the store and in the database', async () => {
    const w = await world();
    const { stageId } = await newOrganisation(w);
    const s = w.store.getState();
    s.editEntry(stageId, E('2.1.1'), { finalMark: 'F' });
    s.editEntry(stageId, E('2.1.1'), { finalMark: 'NC' });
    w.store.getState().undo();
    expect(
      w.store.getState().record?.stages[0]?.entries.find((e) => e.element === '2.1.1')?.finalMark,
    ).toBe('F');
    await w.store.getState().flush();
    const stored = await w.repository.loadRecord(w.store.getState().record!.organisation.id);
    expect(stored?.stages[0]?.entries.find((e) => e.element === '2.1.1')?.finalMark).toBe('F');
  });

  it('refuses an invalid record file with its errors and stores nothing', async () => {
    const w = await world();
    await newOrganisation(w);
    const before = await w.repository.listPortfolio();
    w.opened.push({
      name: 'bad.json',
      bytes: new TextEncoder().encode('{"format":"cse-fieldbook","version":2,"organisation":{}}'),
    });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('file-errors');
    expect(dialog?.kind === 'file-errors' && dialog.errors.map((e) => e.path)).toContain(
      '$.organisation.id',
    );
    expect(await w.repository.listPortfolio()).toEqual(before);
  });

  it('saves the record as an exchange file and opens it back as a replacement after confirming', async () => {
    const w = await world();
    const { stageId } = await newOrganisation(w);
    w.store
      .getState()
      .editEntry(stageId, E('5.3.3'), { visitEvidence: 'Mystery shopper report — “good”' });
    await w.store.getState().saveRecordFile();
    expect(w.saved[0]?.name).toBe('22-0101 Riverside Library.json');
    const text = new TextDecoder().decode(w.saved[0]?.bytes);
    expect(JSON.parse(text)).toMatchObject({
      format: 'cse-fieldbook',
      organisation: { name: 'Riverside Library' },
    });

    w.store.getState().editEntry(stageId, E('5.3.3'), { visitEvidence: 'changed after saving' });
    await w.store.getState().flush();
    w.opened.push({ name: 'back.json', bytes: new TextEncoder().encode(text) });
    await w.store.getState().openRecordFile();
    expect(w.store.getState().dialog?.kind).toBe('confirm-replace');
    await w.store.getState().confirmReplace();
    const id = w.store.getState().record?.organisation.id ?? JSON.parse(text).organisation.id;
    const stored = await w.repository.loadRecord(id);
    expect(stored?.stages[0]?.entries.find((e) => e.element === '5.3.3')?.visitEvidence).toBe(
      'Mystery shopper report — “good”',
    );
    const changes = await w.repository.listChanges({ organisationId: id, elementId: E('5.3.3') });
    expect(changes[0]).toMatchObject({
      field: 'visitEvidence',
      before: 'changed after saving',
      after: 'Mystery shopper report — “good”',
    });
  });

  it('starts the next stage from the previous final marks', async () => {
    const w = await world();
    const { stageId } = await newOrganisation(w);
    w.store.getState().editEntry(stageId, E('4.3.2'), {
      finalMark: 'P',
      developmentNote: 'Publish complaint timescales.',
    });
    const next = await w.store.getState().startNextStage();
    const record = w.store.getState().record!;
    expect(record.stages.map((st) => st.kind)).toEqual(['initial', 'surveillance-1']);
    expect(record.stages[1]?.id).toBe(next);
    expect(record.stages[1]?.entries.find((e) => e.element === '4.3.2')).toMatchObject({
      dtrMark: 'P',
      finalMark: 'P',
    });
    const stored = await w.repository.loadRecord(record.organisation.id);
    expect(writeExchangeText(stored!)).toBe(writeExchangeText(record));
  });
});
