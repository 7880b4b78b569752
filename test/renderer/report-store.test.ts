import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_TEMPLATE } from '../../shared/report/default-template';
import { setPointText, setReportText } from '../../shared/report/report-edit';
import type { ElementId, OrganisationId } from '../../shared/types/ids';
import { readFileSync } from 'node:fs';
import { readExchangeText } from '../../shared/exchange/read';
import type { AssessmentRecord } from '../../shared/types/record';
import { importOverStored } from '../../shared/word/import/over-stored';
import { storeWorld } from './support/store-world';
import type { StoreWorld } from './support/store-world';
import { OWN_TEMPLATE } from '../report/support';

/** The report in the app store: template choice, autosave, sign-off, exports' check, imports. */

const ORG = 'org-northfield-university' as OrganisationId;

function sampleRecord(): AssessmentRecord {
  const text = readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8');
  const read = readExchangeText(text);
  if (!read.ok) throw new Error('the sample record does not read');
  return read.value.record;
}

async function withSample(): Promise<StoreWorld> {
  const w = await storeWorld();
  await w.repository.createRecord(sampleRecord());
  await w.store.getState().openRecord(ORG);
  return w;
}

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

function dialogText(w: StoreWorld): string {
  const d = w.store.getState().dialog;
  return d?.kind === 'message' ? `${d.title}\n${d.body}` : '';
}

describe('the report template in the app', () => {
  it('refuses a template it cannot use with its lines, and keeps the one in use', async () => {
    const w = await storeWorld();
    const s = w.store.getState();
    await s.loadReportTemplate();
    expect(w.store.getState().reportTemplate).toMatchObject({ custom: false });
    const bad = DEFAULT_REPORT_TEMPLATE.replace('{{assessor}}', '{{inspector}}').replace(
      /## findings[^\n]*\n/,
      '',
    );
    w.opened.push(file('our-template.txt', bad));
    await s.chooseReportTemplate();
    const line = bad.split('\n').findIndex((l) => l.includes('{{inspector}}')) + 1;
    expect(dialogText(w)).toContain('our-template.txt was not loaded');
    expect(dialogText(w)).toContain(`Line ${line}: unknown placeholder {{inspector}}`);
    expect(dialogText(w)).toMatch(/Line \d+: the section "findings" is missing/);
    expect(dialogText(w)).toContain('The template in use is unchanged.');
    expect(w.store.getState().reportTemplate).toMatchObject({ custom: false });
    expect(await w.repository.loadReportTemplate()).toBeNull();

    w.opened.push({ name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]) });
    await s.chooseReportTemplate();
    expect(dialogText(w)).toContain('It is not a text file (UTF-8).');
  });

  it('uses and stores a valid template, offers it as a file, and goes back to the default', async () => {
    const w = await storeWorld();
    const s = w.store.getState();
    w.opened.push(file('harbour.txt', OWN_TEMPLATE));
    await s.chooseReportTemplate();
    expect(w.store.getState().reportTemplate).toMatchObject({ name: 'harbour.txt', custom: true });
    // Decoded as UTF-8 text: the byte-order mark is not part of it.
    const text = OWN_TEMPLATE.replace(/^\uFEFF/, '');
    expect((await w.repository.loadReportTemplate())?.text).toBe(text);
    await s.saveReportTemplateFile();
    expect(w.saved.at(-1)?.name).toBe('harbour.txt');
    expect(new TextDecoder().decode(w.saved.at(-1)?.bytes)).toBe(text);
    await s.useDefaultReportTemplate();
    expect(w.store.getState().reportTemplate).toMatchObject({ custom: false });
    expect(await w.repository.loadReportTemplate()).toBeNull();
  });
});

describe('the report in the app store', () => {
  it('autosaves the report like any stage edit', async () => {
    const w = await withSample();
    const s = w.store.getState();
    const stage = s.record!.stages[0]!;
    s.editStage(stage.id, { report: setReportText(stage.report, 'introduction', 'Hello.') });
    const next = w.store.getState().record!.stages[0]!.report;
    s.editStage(stage.id, {
      report: setPointText(next, '1.3.4' as ElementId, 'found', 'Seen on site.'),
    });
    await w.store.getState().flush();
    expect(w.store.getState().save.state).toBe('saved');
    const stored = await w.repository.loadRecord(ORG);
    expect(stored?.stages[0]?.report).toMatchObject({
      introduction: 'Hello.',
      developmentPoints: [{ element: '1.3.4', found: 'Seen on site.', toMakeFull: null }],
    });
  });

  it('does not export a report with gaps from the menu, and lists them', async () => {
    const w = await withSample();
    await w.store.getState().exportStage('pdf-assessment-report', 'stage-ia-2015' as never);
    expect(dialogText(w)).toContain('The report is not finished');
    expect(dialogText(w)).toContain('• 2 Introduction and background: not written yet.');
    expect(dialogText(w)).toContain('Nothing was exported.');
    expect(w.saved).toEqual([]);
  });

  it('keeps the reports of a stored record when a Word record is imported over it', async () => {
    const w = await withSample();
    const s = w.store.getState();
    const stage = s.record!.stages[0]!;
    s.editStage(stage.id, { report: setReportText(stage.report, 'strengths', 'Listening Panel.') });
    await w.store.getState().flush();
    const existing = await w.repository.loadRecord(ORG);
    // The Word layout carries no report: the import reads every report as empty.
    const imported = sampleRecord();
    w.store.setState({
      dialog: {
        kind: 'word-import',
        fileName: 'record.docx',
        bytes: new Uint8Array(),
        mappings: {},
        imported: { record: imported, preview: { blocking: [] } } as never,
        existing,
        // As the preview plans it: the stored stage ids kept (see importOverStored).
        over: importOverStored(existing!, imported),
        kept: [],
        diff: null,
      },
    });
    await w.store.getState().confirmWordImport();
    const after = await w.repository.loadRecord(ORG);
    expect(after?.stages[0]?.report.strengths).toBe('Listening Panel.');
  });

  it('refuses report edits on a signed-off stage and says why', async () => {
    const w = await storeWorld();
    const record = sampleRecord();
    const signOff = {
      signedOffAt: '2026-11-23T10:00:00.000Z',
      signedOffBy: 'Siân O’Connor',
      contentHash: 'a'.repeat(64),
      scheme: 'cse-fieldbook-stage-v2',
    } as const;
    await w.repository.createRecord({
      ...record,
      stages: record.stages.map((st, i) => (i === 0 ? { ...st, signOff } : st)),
    });
    await w.store.getState().openRecord(ORG);
    const stage = w.store.getState().record!.stages[0]!;
    w.store.getState().editStage(stage.id, {
      report: setReportText(stage.report, 'introduction', 'late'),
    });
    await w.store.getState().flush();
    expect(dialogText(w)).toContain('This stage is signed off');
    expect((await w.repository.loadRecord(ORG))?.stages[0]?.report.introduction).toBe('');
  });
});
