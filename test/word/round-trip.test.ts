import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../shared/types/record';
import { importOk } from './support/import';
import { exchangeOf, exportDocx, sampleRecord } from './support/records';
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

describe('export → import gives the same record', () => {
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
