// The one import tail (state/import-slice.ts): safety backup, create or guarded replace, then
// the record replaced everywhere it was shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchangeText } from '../../shared/exchange/read';
import type { AssessmentRecord } from '../../shared/types/record';
import type { StoreWorldOptions } from './support/store-world';
import { storeWorld } from './support/store-world';

function sampleRecord(): AssessmentRecord {
  const read = readExchangeText(
    readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
  return read.value.record;
}

async function world(options: StoreWorldOptions = {}) {
  const w = await storeWorld(options);
  // The store's own import tail (its actions do not change between states).
  return { ...w, slice: w.store.getState() };
}

describe('importRecord', () => {
  it('stores a new record, lists it and opens its organisation', async () => {
    const w = await world();
    const record = sampleRecord();
    expect(await w.slice.importRecord(record, { replace: false })).toBe(true);
    const state = w.store.getState();
    expect(state.portfolio?.map((r) => r.organisation.id)).toEqual([record.organisation.id]);
    expect(state.route).toEqual({ screen: 'organisation', organisationId: record.organisation.id });
    expect(state.dialog).toBeNull();
  });

  it('writes over the stored record and shows it again, with the undo history dropped', async () => {
    const w = await world();
    const record = sampleRecord();
    await w.repository.createRecord(record);
    await w.store.getState().openRecord(record.organisation.id);
    w.store.setState({ route: { screen: 'organisation', organisationId: record.organisation.id } });
    const stage = record.stages[0];
    if (!stage) throw new Error('the sample has no stage');
    const element = stage.entries[0]?.element;
    if (!element) throw new Error('the sample stage has no entries');
    w.store.getState().editEntry(stage.id, element, { deskTopEvidence: 'typed before the import' });
    await w.store.getState().flush();
    expect(w.store.getState().undoStack).toHaveLength(1);
    const renamed = {
      ...record,
      organisation: { ...record.organisation, name: 'Renamed by the import' },
    };
    expect(await w.slice.importRecord(renamed, { replace: true })).toBe(true);
    const state = w.store.getState();
    expect(state.record?.organisation.name).toBe('Renamed by the import');
    expect(state.undoStack).toEqual([]);
    expect((await w.repository.loadRecord(record.organisation.id))?.organisation.name).toBe(
      'Renamed by the import',
    );
  });

  it('stores nothing when the safety backup failed, and says so', async () => {
    const w = await world({
      beforeImport: async () => ({ kind: 'failed', message: 'Disk full.' }),
    });
    expect(await w.slice.importRecord(sampleRecord(), { replace: false })).toBe(false);
    expect(await w.repository.listPortfolio()).toEqual([]);
    expect(w.store.getState().dialog).toEqual({
      kind: 'message',
      title: 'The record was not imported',
      body: 'Disk full. So that nothing can be lost, nothing was imported.',
    });
  });

  it('says why a create was refused, and that nothing stored was changed', async () => {
    const w = await world();
    const record = sampleRecord();
    await w.repository.createRecord(record);
    expect(await w.slice.importRecord(record, { replace: false })).toBe(false);
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('message');
    expect(dialog?.kind === 'message' && dialog.body).toMatch(
      /^(?!Not saved).*Nothing already stored was changed\.$/,
    );
  });

  it('reads the record on screen again after a restore (recordReplaced(null))', async () => {
    const w = await world();
    const record = sampleRecord();
    await w.repository.createRecord(record);
    const id = record.organisation.id;
    w.store.setState({ route: { screen: 'organisation', organisationId: id } });
    await w.store.getState().openRecord(id);
    await w.repository.updateOrganisation(id, { name: 'Restored name' });
    expect(w.store.getState().record?.organisation.name).toBe(record.organisation.name);
    await w.store.getState().recordReplaced(null);
    expect(w.store.getState().record?.organisation.name).toBe('Restored name');
    expect(w.store.getState().portfolio?.[0]?.organisation.name).toBe('Restored name');
  });
});
