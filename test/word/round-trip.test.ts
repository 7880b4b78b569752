import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import type { CertifyingBody } from '../../shared/settings/certifying-body';
import type { IsoDate, KeyDate } from '../../shared/types/dates';
import type { AssessmentRecord, Stage } from '../../shared/types/record';
import { buildWordRecord } from '../../shared/word/export/build-document';
import { renderWordDocument } from '../../shared/word/export/render-docx';
import { STAGE_ROW_LABELS } from '../../shared/word/layout-text';
import { importOk } from './support/import';
import { GENERATED_AT, exchangeOf, exportDocx, sampleRecord } from './support/records';
import { laterCycleRecord, trickyRecord } from './support/tricky-record';

async function roundTrip(
  record: AssessmentRecord,
): Promise<{ back: AssessmentRecord; bytes: Uint8Array }> {
  const bytes = await exportDocx(record);
  const imported = await importOk(bytes, { newId: () => 'never-used' });
  expect(imported.preview.warnings).toEqual([]);
  expect(imported.preview.unplaced).toEqual([]);
  expect(imported.preview.idsFromDocument).toBe(true);
  return { back: imported.record, bytes };
}

// Each case exports and imports a whole multi-stage record: about 4 s on the loaded shared
// machine, so the CLI round trips' 30 s timeout rather than vitest's 5 s.
describe('export → import gives the same record', { timeout: 30_000 }, () => {
  it('for the sample record (4 stages, 2 cycles)', async () => {
    const record = sampleRecord();
    const { back } = await roundTrip(record);
    expect(exchangeOf(back)).toEqual(exchangeOf(record));
  });

  it('for long, marked-up, multilingual texts and changes made at surveillances', async () => {
    const record = trickyRecord();
    const { back } = await roundTrip(record);
    expect(exchangeOf(back)).toEqual(exchangeOf(record));
  });

  it('for a record that starts at a reassessment', async () => {
    const record = laterCycleRecord();
    const { back } = await roundTrip(record);
    expect(exchangeOf(back)).toEqual(exchangeOf(record));
  });

  it('keeps what the layout cannot carry apart, as documented', async () => {
    const base = sampleRecord();
    const stage = base.stages[0]!;
    const record: AssessmentRecord = {
      ...base,
      stages: [
        {
          ...stage,
          entries: stage.entries.map((e) =>
            e.element === '1.1.1'
              ? {
                  ...e,
                  visitEvidence: 'Seen on the visit',
                  verifiedOnSite: true,
                  deskTopEvidence: '  padded\n',
                }
              : e.element === '1.1.2'
                ? { ...e, visitEvidence: 'VO said, but not ticked', verifiedOnSite: false }
                : e.element === '1.1.3'
                  ? { ...e, keyQuestions: 'a bell\u0007 and a form feed\f here' }
                  : e,
          ),
        },
      ],
    };
    const back = (await importOk(await exportDocx(record))).record.stages[0]!.entries;
    // The VO tick travels as a leading "VO" in the visit evidence; outer white space is not kept.
    expect(back[0]).toMatchObject({
      visitEvidence: 'VO\nSeen on the visit',
      verifiedOnSite: true,
      deskTopEvidence: 'padded',
    });
    expect(back[1]).toMatchObject({
      visitEvidence: 'VO said, but not ticked',
      verifiedOnSite: true,
    });
    // Characters a Word document cannot hold are left out.
    expect(back[2]?.keyQuestions).toBe('a bell and a form feed here');
  });
});

const day = (date: string): KeyDate => ({ kind: 'date', date: date as IsoDate });
const span = (from: string, to: string): KeyDate => ({
  kind: 'range',
  from: from as IsoDate,
  to: to as IsoDate,
});

const BODY: CertifyingBody = {
  name: 'Centre for Assessment Ltd',
  address: 'Churchgate House\n56 Oxford Street\nManchester M1 6EU',
  telephone: '0161 237 4080',
  website: 'www.centreforassessment.co.uk',
};

/**
 * The sample record with the record's newer parts filled in: the second desk-top analysis and
 * the dates it was sent, and planned dates of the latest cycle's surveillances and
 * recertification (its stages do not exist yet, so the header prints the plan).
 */
function recordWithNewerParts(): AssessmentRecord {
  const base = sampleRecord();
  const withSecondDeskTop = (stage: Stage): Stage =>
    stage.kind === 'initial'
      ? {
          ...stage,
          dates: {
            ...stage.dates,
            secondDeskTopReview: day('2015-02-23'),
            secondDeskTopSentToClient: day('2015-02-24'),
            secondDeskTopSentToCertifyingBody: span('2015-02-25', '2015-02-26'),
          },
        }
      : stage;
  return {
    ...base,
    organisation: {
      ...base.organisation,
      plannedDates: {
        surveillance1: day('2019-03-14'),
        surveillance2: span('2020-03-10', '2020-03-11'),
        recertification: null,
      },
    },
    stages: base.stages.map(withSecondDeskTop),
  };
}

describe("export → import of the record's newer parts", { timeout: 30_000 }, () => {
  it('brings back second desk-top dates, planned dates, marks and stages; the body is not data', async () => {
    const record = recordWithNewerParts();
    const spec = buildWordRecord(record, { generatedAt: GENERATED_AT, certifyingBody: BODY });
    const bytes = await renderWordDocument(spec, docx);
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    // What the export prints, so that the checks below cannot pass on a document without it.
    for (const text of [
      STAGE_ROW_LABELS.secondDeskTopSentToClient,
      STAGE_ROW_LABELS.secondDeskTopSentToCertifyingBody,
      '25–26 February 2015',
      '14 March 2019',
      '10–11 March 2020',
    ]) {
      expect(document.includes(text), text).toBe(true);
    }
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    const footerText = (await Promise.all(footers.map((n) => zip.file(n)!.async('string')))).join();
    expect(footerText.includes(BODY.name)).toBe(true);
    const imported = await importOk(bytes, { newId: () => 'never-used' });
    expect(imported.preview.warnings).toEqual([]);
    expect(imported.preview.unplaced).toEqual([]);
    const back = imported.record;
    expect(back.organisation.plannedDates).toEqual(record.organisation.plannedDates);
    expect(back.stages[0]?.dates).toEqual(record.stages[0]?.dates);
    expect(back.stages.map((s) => [s.id, s.kind, s.cycle])).toEqual(
      record.stages.map((s) => [s.id, s.kind, s.cycle]),
    );
    expect(exchangeOf(back)).toEqual(exchangeOf(record));
  });

  it('brings back the same marks and dates when the document has lost its Fieldbook ids', async () => {
    const record = recordWithNewerParts();
    const zip = await JSZip.loadAsync(await exportDocx(record));
    // As when the document is re-saved by a program that drops custom properties.
    zip.remove('docProps/custom.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    let n = 0;
    const imported = await importOk(bytes, { newId: () => `new-${++n}` });
    expect(imported.preview.idsFromDocument).toBe(false);
    const back = imported.record;
    expect(back.organisation.plannedDates).toEqual(record.organisation.plannedDates);
    expect(back.stages.map((s) => [s.kind, s.cycle, s.assessor])).toEqual(
      record.stages.map((s) => [s.kind, s.cycle, s.assessor]),
    );
    back.stages.forEach((stage, i) => {
      const sent = record.stages[i]!;
      expect(stage.dates).toEqual(sent.dates);
      expect(stage.entries.map((e) => [e.element, e.dtrMark, e.finalMark])).toEqual(
        sent.entries.map((e) => [e.element, e.dtrMark, e.finalMark]),
      );
    });
  });
});

describe('the exported document', () => {
  it('repeats header rows, numbers its pages and carries the ids', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(sampleRecord()));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(2 * 15 * 2);
    expect(document).toContain('w:orient="landscape"');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toContain('Commercial in Confidence');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('stage-sv1-2016');
    expect(custom).toContain('org-northfield-university');
  });
});
