import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import type { IsoDate } from '../../shared/types/dates';
import { BOLTON_PLANNED, boltonEntries } from './support/bolton-expect';
import { boltonTruth } from './support/bolton-truth';
import type { RowSpec } from './support/docx-builder';
import { buildDocx, headerRow, p, row, table } from './support/docx-builder';
import { importOk } from './support/import';

/**
 * Tried as a new user would: the real record in a layout written by hand for this test only,
 * unlike the fixtures the importer was built against — the header transposed (a row of labels
 * over a row of values, in words of its own: "Ref No.", "Lead Assessor", "Desk Review Date", "DR
 * sent to CB", "On-site Assessment", "1st Surveillance", and a "Contract No." no vocabulary
 * knows), one table for all 57 elements with an
 * extra "Ref" column of the body's own codes and a "Comments" column, the criteria as merged
 * heading rows, the number and statement as two paragraphs, and the mark columns headed "Desk
 * Review" and "On-site".
 */
async function newLayout(): Promise<Uint8Array> {
  const truth = boltonTruth();
  const h = truth.header;
  const rows: RowSpec[] = [
    headerRow(
      'Ref',
      'Element',
      'Evidence provided',
      'Lines of enquiry',
      'Site visit findings',
      'Desk Review',
      'On-site',
      'Comments',
    ),
  ];
  for (const c of DEFAULT_CATALOGUE.criteria) {
    rows.push(row({ text: `CRITERION ${c.number} – ${c.name.toUpperCase()}`, span: 8 }));
    for (const e of truth.elements.filter((x) => x.id.startsWith(`${c.number}.`))) {
      const statement = e.statement || DEFAULT_CATALOGUE.byId.get(e.id as never)!.statement;
      rows.push(
        row(
          `C${e.id.replace(/\./g, '/')}`,
          { text: [e.id, statement] },
          { text: e.deskTop.split('\n') },
          { text: e.questions === '' ? '' : e.questions.split('\n') },
          { text: e.visit === '' ? '' : e.visit.split('\n') },
          e.dtrWritten,
          e.finalWritten,
          e.id === '1.1.1' ? 'Strong evidence across all units' : '',
        ),
      );
    }
  }
  return buildDocx([
    p('Certification Review Record — Customer Service Excellence'),
    table([
      row(
        'Ref No.',
        'Client',
        'Lead Assessor',
        'Desk Review Date',
        'DR sent to client',
        'DR sent to CB',
        'On-site Assessment',
        'Report to CB',
      ),
      row(
        h.reference,
        h.name,
        h.assessor,
        '09/03/2015',
        '09/03/2015',
        '09/03/2015',
        '11/03/2015 - 12/03/2015',
        '17/03/2015',
      ),
      row(
        '1st Surveillance',
        '2nd Surveillance',
        'Re-certification',
        'Contract No.',
        '',
        '',
        '',
        '',
      ),
      row('TBC', 'TBC', 'TBC', '55-0012', '', '', '', ''),
    ]),
    p('Assessment findings'),
    table(rows, 8),
    p('Scoring summary'),
    table([
      headerRow('Criterion', 'Number of elements', 'Partial compliances', 'Compliance plus'),
      row('1', '11', '2', '0'),
      row('2', '11', '0', '0'),
      row('3', '12', '0', '0'),
      row('4', '13', '3', '0'),
      row('5', '10', '3', '0'),
    ]),
  ]);
}

describe('a layout no test was built against', () => {
  it('imports every mark, date and evidence column, and says which columns it left', async () => {
    const truth = boltonTruth();
    const imported = await importOk(await newLayout());
    const { record, preview } = imported;
    expect(record.organisation).toMatchObject({
      name: truth.header.name,
      reference: truth.header.reference,
      plannedDates: BOLTON_PLANNED,
    });
    expect(record.stages).toHaveLength(1);
    const stage = record.stages[0]!;
    expect(stage.assessor).toBe(truth.header.assessor);
    const day = (d: string): { kind: 'date'; date: IsoDate } => ({
      kind: 'date',
      date: d as IsoDate,
    });
    expect(stage.dates).toMatchObject({
      deskTopReview: day('2015-03-09'),
      deskTopSentToClient: day('2015-03-09'),
      deskTopSentToCertifyingBody: day('2015-03-09'),
      visit: { kind: 'range', from: '2015-03-11', to: '2015-03-12' },
      analysisSentToCertifyingBody: day('2015-03-17'),
    });
    const expected = boltonEntries(truth);
    stage.entries.forEach((entry, i) => expect(entry, entry.element).toMatchObject(expected[i]!));
    const columns = preview.layouts[0]!.columns.map((c) => `${c.index + 1} ${c.role ?? '-'}`);
    expect(columns).toEqual([
      '1 -',
      '2 element',
      '3 deskTopEvidence',
      '4 keyQuestions',
      '5 visitEvidence',
      '6 dtrMark',
      '7 finalMark',
      '8 notes',
    ]);
    const unplaced = preview.warnings.filter((w) => w.code === 'unknown-column');
    expect(unplaced.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Layout 1 \(table 2\), column 1 "Ref": not placed — /),
    ]);
    expect(stage.notes).toContain('1.1.1, column "Comments": Strong evidence across all units');
    const label = preview.warnings.filter((w) => w.code === 'unknown-label');
    expect(label.map((w) => w.message)).toEqual([
      'Table 1: "Contract No." is not a label the import knows; "55-0012" beneath it is kept in the notes.',
    ]);
    expect(stage.notes).toContain('Contract No.: 55-0012');
    expect(stage.notes).toContain('1.1.1, column "Ref": C1/1/1');
    expect(preview.stages[0]!.scoringTable).toBe('agrees');
    expect(preview.blocking).toEqual([]);
  });
});
