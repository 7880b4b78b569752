// Issue 15, "a sign-off that holds", through the app's own import paths: a record file, a
// bundle, a Word record and an edited workbook over a signed-off stage; a record file whose
// sign-off no longer matches; the organisation header after sign-off; undo after an import.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { writeBundle } from '../../shared/evidence/bundle';
import { readExchangeText } from '../../shared/exchange/read';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import type { StageEdit } from '../../shared/export/xlsx/edits';
import { TEST_PASSPHRASE, storeWorld } from './support/store-world';
import type { StoreWorld } from './support/store-world';
import { importOverStored } from '../../shared/word/import/over-stored';

const E = (id: string): ElementId => id as ElementId;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An organisation with notes in 1.1.1, its initial assessment signed off with a new key. */
async function signedOrganisation(
  w: StoreWorld,
): Promise<{ orgId: OrganisationId; stageId: StageId; file: string }> {
  await w.store.getState().createOrganisation('University of Bolton Library', '14/5167');
  const route = w.store.getState().route;
  if (route.screen !== 'workbook') throw new Error('not in the workbook');
  await w.store.getState().openRecord(route.organisationId);
  w.store.getState().editEntry(route.stageId, E('1.1.1'), {
    deskTopEvidence: 'Stakeholder analysis chart Employer database',
  });
  w.store.getState().editOrganisation({
    contacts: [{ name: 'Zoë Ní Bhriain', role: 'Quality Manager', email: '', phone: '' }],
  });
  await w.store.getState().flush();
  expect(await w.store.getState().createSigningKey('Tariq Mahmood', TEST_PASSPHRASE)).toBe(true);
  const refused = await w.store
    .getState()
    .signOffStage(route.stageId, 'Tariq Mahmood', TEST_PASSPHRASE);
  expect(refused).toBeNull();
  await w.store.getState().saveRecordFile();
  const saved = w.saved.at(-1);
  if (!saved) throw new Error('nothing saved');
  return {
    orgId: route.organisationId,
    stageId: route.stageId,
    file: new TextDecoder().decode(saved.bytes),
  };
}

async function stored(w: StoreWorld, orgId: OrganisationId): Promise<AssessmentRecord> {
  const record = await w.repository.loadRecord(orgId);
  if (!record) throw new Error('not stored');
  return record;
}

describe('a signed-off stage through every import', () => {
  it('shows as verified, and its header is read-only', async () => {
    const w = await storeWorld();
    const { orgId, stageId } = await signedOrganisation(w);
    await w.store.getState().checkSignOffs();
    expect(w.store.getState().signOffChecks[stageId]).toMatchObject({
      kind: 'intact',
      key: { trusted: null },
    });
    w.store.getState().editOrganisation({ name: 'Renamed behind the sign-off' });
    expect(w.store.getState().dialog).toMatchObject({ title: 'This stage is signed off' });
    await w.store.getState().flush();
    expect((await stored(w, orgId)).organisation.name).toBe('University of Bolton Library');
    await w.store.getState().renameOrganisation(orgId, 'Renamed from the portfolio');
    expect((await stored(w, orgId)).organisation.name).toBe('University of Bolton Library');
  });

  it('refuses a record file whose signed-off stage was changed after signing', async () => {
    const w = await storeWorld();
    const { orgId, file } = await signedOrganisation(w);
    const doc = JSON.parse(file);
    doc.organisation.id = 'org-elsewhere';
    doc.stages[0].entries[0].finalMark = 'CP';
    w.opened.push({ name: 'tampered.json', bytes: encode(JSON.stringify(doc)) });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('file-errors');
    expect(dialog?.kind === 'file-errors' && dialog.errors[0]).toMatchObject({
      path: '$.stages[0].signOff',
      problem: expect.stringContaining('CHANGED since sign-off') as unknown,
    });
    expect((await w.repository.listPortfolio()).map((r) => r.organisation.id)).toEqual([orgId]);
  });

  it('refuses a record file whose sign-off names an unknown scheme', async () => {
    const w = await storeWorld();
    const { file } = await signedOrganisation(w);
    const doc = JSON.parse(file);
    doc.stages[0].signOff.scheme = 'my-own-scheme';
    w.opened.push({ name: 'scheme.json', bytes: encode(JSON.stringify(doc)) });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind === 'file-errors' && dialog.errors[0]?.path).toBe(
      '$.stages[0].signOff.scheme',
    );
  });

  it('keeps it through a record file over the stored record, and the preview says so', async () => {
    const beforeImport = vi.fn(async () => ({ kind: 'kept' as const }));
    const w = await storeWorld({ beforeImport });
    const { orgId, stageId, file } = await signedOrganisation(w);
    const doc = JSON.parse(file);
    doc.stages[0].signOff = null;
    doc.stages[0].entries[0].deskTopEvidence = 'Written over the signed stage';
    doc.organisation.name = 'Renamed by the file';
    w.opened.push({ name: 'over.json', bytes: encode(JSON.stringify(doc)) });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind).toBe('confirm-replace');
    expect(dialog?.kind === 'confirm-replace' && dialog.kept).toEqual([
      expect.stringContaining('Initial assessment is signed off (by Tariq Mahmood)'),
      expect.stringContaining('name, reference, units in scope and contacts are kept'),
    ]);
    await w.store.getState().confirmReplace();
    expect(beforeImport).toHaveBeenCalledTimes(1);
    const after = await stored(w, orgId);
    expect(after.organisation.name).toBe('University of Bolton Library');
    expect(after.stages[0]?.entries[0]?.deskTopEvidence).toBe(
      'Stakeholder analysis chart Employer database',
    );
    expect(after.stages[0]?.signOff).toBeDefined();
    await w.store.getState().checkSignOffs();
    expect(w.store.getState().signOffChecks[stageId]).toMatchObject({ kind: 'intact' });
    expect(w.store.getState().undoStack).toEqual([]);
  });

  it('keeps it through a record bundle over the stored record', async () => {
    const w = await storeWorld();
    const { orgId, file } = await signedOrganisation(w);
    const read = readExchangeText(file);
    if (!read.ok) throw new Error('saved file does not read');
    const stage = read.value.record.stages[0]!;
    const changed = {
      ...read.value.record,
      stages: [
        {
          ...stage,
          signOff: undefined,
          entries: stage.entries.map((e) => ({ ...e, keyQuestions: 'From the bundle' })),
        },
      ],
    };
    const zip = await writeBundle(changed, new Map(), JSZip, {
      exportedAt: '2026-11-23T10:00:00Z',
    });
    w.opened.push({ name: 'bundle.zip', bytes: zip });
    await w.store.getState().openRecordFile();
    const dialog = w.store.getState().dialog;
    expect(dialog?.kind === 'confirm-replace' && dialog.kept[0]).toContain('signed off');
    await w.store.getState().confirmReplace();
    const after = await stored(w, orgId);
    expect(after.stages[0]?.entries[0]?.keyQuestions).toBe('');
    expect(after.stages[0]?.signOff).toBeDefined();
  });

  it('keeps it through a Word record (new stage ids, no sign-off)', async () => {
    const w = await storeWorld();
    const { orgId } = await signedOrganisation(w);
    const current = await stored(w, orgId);
    const fromWord: AssessmentRecord = {
      organisation: { ...current.organisation, id: 'org-from-word' as OrganisationId },
      stages: current.stages.map((s) => {
        return {
          ...s,
          signOff: undefined,
          id: 'word-stage-1' as StageId,
          entries: s.entries.map((e) => ({ ...e, visitEvidence: 'Read from the Word file' })),
        };
      }),
    };
    w.store.getState().showDialog({
      kind: 'word-import',
      fileName: 'bolton.docx',
      bytes: new Uint8Array(),
      mappings: {},
      imported: { record: fromWord, preview: { blocking: [] } } as never,
      existing: current,
      over: importOverStored(current, fromWord),
      kept: [],
      diff: null,
    });
    await w.store.getState().confirmWordImport();
    const after = await stored(w, orgId);
    expect(after.stages.map((s) => [s.id, s.signOff?.signedOffBy])).toEqual([
      [current.stages[0]!.id, 'Tariq Mahmood'],
    ]);
    expect(after.stages[0]?.entries[0]?.visitEvidence).toBe('');
  });

  it('refuses an edited workbook into it; into a draft stage, backs up first and clears undo', async () => {
    const beforeImport = vi.fn(async () => ({ kind: 'kept' as const }));
    const w = await storeWorld({ beforeImport });
    const { stageId } = await signedOrganisation(w);
    await w.store.getState().importWorkbookFile(stageId);
    expect(w.store.getState().dialog).toMatchObject({ title: 'This stage is signed off' });

    await w.store.getState().startNextStage();
    const next = w.store.getState().record!.stages[1]!;
    w.store.getState().editEntry(next.id, E('2.1.1'), { keyQuestions: 'Before the import' });
    expect(w.store.getState().undoStack).toHaveLength(1);
    const edit: StageEdit = {
      element: E('2.1.1'),
      field: 'keyQuestions',
      before: 'Before the import',
      after: 'From the workbook',
    } as StageEdit;
    await w.store.getState().applyWorkbookEdits(next.id, [edit]);
    expect(beforeImport).toHaveBeenCalledTimes(1);
    expect(w.store.getState().undoStack).toEqual([]);
    // Ctrl+Z now has nothing that would write the old text back over the import.
    w.store.getState().undo();
    await w.store.getState().flush();
    const after = await stored(w, w.store.getState().record!.organisation.id);
    expect(after.stages[1]?.entries.find((e) => e.element === '2.1.1')?.keyQuestions).toBe(
      'From the workbook',
    );
  });

  it('refuses undo into a signed-off stage even with a step left over', async () => {
    const w = await storeWorld();
    const { orgId, stageId } = await signedOrganisation(w);
    w.store.setState({
      undoStack: [
        {
          stageId,
          element: E('1.1.1'),
          before: { deskTopEvidence: '' },
          after: { deskTopEvidence: 'x' },
          at: 0,
          label: '1.1.1',
        },
      ],
    });
    w.store.getState().undo();
    expect(w.store.getState().dialog).toMatchObject({ title: 'This stage is signed off' });
    await w.store.getState().flush();
    expect((await stored(w, orgId)).stages[0]?.entries[0]?.deskTopEvidence).toBe(
      'Stakeholder analysis chart Employer database',
    );
    expect(await w.repository.listRecovery()).toEqual([]);
  });
});
