import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { storeWorld } from './support/store-world';
import * as XLSX from 'xlsx';
import { writeBundle } from '../../shared/evidence/bundle';
import { formatExchangeError } from '../../shared/exchange/errors';
import { readExchangeText } from '../../shared/exchange/read';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';

/**
 * The store's record files with the evidence library: exports carry the library (linked
 * evidence), and "Open record…" opens record bundles as well as exchange files.
 */

const world = storeWorld;

/** The v3 fixture: two stages and a small library (4 documents, one trashed; 3 links). */
function v3Record(): AssessmentRecord {
  const read = readExchangeText(
    readFileSync(new URL('../fixtures/exchange/v3.json', import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(read.errors.map(formatExchangeError).join('\n'));
  return read.value.record;
}

/** A bundle of the v3 record whose document files are left out (the record lists them). */
async function bundleOf(record: AssessmentRecord): Promise<Uint8Array> {
  return writeBundle(record, new Map(), JSZip, { exportedAt: '2026-11-20T10:00:00Z' });
}

describe('exports from the store', () => {
  it('pass the record with its evidence library: the workbook lists linked evidence', async () => {
    const w = await world();
    const record = v3Record();
    await w.repository.createRecord(record);
    await w.store.getState().openRecord(record.organisation.id);
    expect(w.store.getState().record?.evidence).toBeUndefined();
    await w.store.getState().exportStage('xlsx', 's1' as StageId);
    expect(w.store.getState().dialog).toBeNull();
    expect(w.saved.map((s) => s.name)).toEqual([
      '15-0042 Harbourside Borough Council — Customer Contact Centre stage 1 workbook.xlsx',
    ]);
    const book = XLSX.read(w.saved[0]!.bytes);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['4 Delivery']!, {
      header: 1,
      defval: '',
    });
    expect(rows[0]?.[3]).toBe('Linked evidence');
    expect(rows.find((r) => r[0] === '4.3.2')?.[3]).toBe(
      'Complaints and Compliments Procedure 2015.pdf, p. 3, § Stage 1: local resolution — Timescales stated but not on the web site.',
    );
  });
});

describe('"Open record…" with a record bundle', () => {
  it('imports the record with its library and opens the organisation', async () => {
    const w = await world();
    const record = v3Record();
    w.opened.push({ name: 'Harbourside.zip', bytes: await bundleOf(record) });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind === 'message' && dialog.title).toBe('Record bundle opened');
    expect(dialog?.kind === 'message' && dialog.body).toContain(
      'Missing from the bundle (listed in the record, add the files again to restore them): "Complaints and Compliments Procedure 2015.pdf"',
    );
    expect(w.store.getState().route).toEqual({
      screen: 'organisation',
      organisationId: record.organisation.id,
    });
    expect(w.store.getState().portfolio?.map((r) => r.organisation.name)).toEqual([
      record.organisation.name,
    ]);
    const evidence = await w.repository.loadEvidence(record.organisation.id);
    expect(evidence.documents.map((d) => d.name).sort()).toEqual(
      record.evidence!.documents.map((d) => d.name).sort(),
    );
    expect(evidence.links).toHaveLength(3);
  });

  it('asks before replacing a stored record, then imports the bundle', async () => {
    const w = await world();
    const record = v3Record();
    await w.repository.createRecord({ ...record, evidence: { documents: [], links: [] } });
    await w.store.getState().loadPortfolio();
    w.store.getState().navigate({ screen: 'organisation', organisationId: record.organisation.id });
    await w.store.getState().openRecord(record.organisation.id);
    w.opened.push({ name: 'again.zip', bytes: await bundleOf(record) });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('confirm-replace');
    expect(dialog?.kind === 'confirm-replace' && dialog.bundle?.fileName).toBe('again.zip');
    expect((await w.repository.loadEvidence(record.organisation.id)).links).toEqual([]);
    await w.store.getState().confirmReplace();
    expect(w.store.getState().dialog?.kind === 'message').toBe(true);
    // The record on screen was replaced: it is read again although the route did not change.
    expect(w.store.getState().record?.organisation.id).toBe(record.organisation.id);
    expect((await w.repository.loadEvidence(record.organisation.id)).links).toHaveLength(3);
  });

  it('"Open record bundle…" in a library takes the same path: asks, backs up, shows the library', async () => {
    let backups = 0;
    const w = await storeWorld({
      beforeImport: async () => {
        backups += 1;
        return { kind: 'kept' } as const;
      },
    });
    const record = v3Record();
    const id = record.organisation.id;
    await w.repository.createRecord({ ...record, evidence: { documents: [], links: [] } });
    await w.store.getState().loadPortfolio();
    w.store.getState().navigate({ screen: 'library', organisationId: id, documentId: null });
    await w.store.getState().openRecord(id);
    const picker = vi.spyOn(w.deps.platform, 'openFile');
    w.opened.push({ name: 'again.zip', bytes: await bundleOf(record) });
    await w.store.getState().openRecordFile('zip');
    expect(picker).toHaveBeenCalledWith('zip');
    expect(w.store.getState().dialog?.kind).toBe('confirm-replace');
    expect((await w.repository.loadEvidence(id)).links).toEqual([]);
    expect(backups).toBe(0);
    await w.store.getState().confirmReplace();
    expect(backups).toBe(1);
    expect(w.store.getState().dialog?.kind === 'message').toBe(true);
    expect(w.store.getState().route).toEqual({
      screen: 'library',
      organisationId: id,
      documentId: null,
    });
    expect((await w.repository.loadEvidence(id)).links).toHaveLength(3);
  });

  it('refuses a zip that is not a record bundle, storing nothing', async () => {
    const w = await world();
    const zip = new JSZip();
    zip.file('notes.txt', 'not a record');
    w.opened.push({
      name: 'notes.zip',
      bytes: await zip.generateAsync({ type: 'uint8array' }),
    });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('file-errors');
    expect(dialog?.kind === 'file-errors' && dialog.errors[0]?.problem).toBe(
      'the zip archive holds no record.json',
    );
    expect(await w.repository.listPortfolio()).toEqual([]);
    expect(await w.repository.loadRecord('org-v2-fixture' as OrganisationId)).toBeNull();
  });
});
