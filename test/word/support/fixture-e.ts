import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { BlockSpec, RowSpec } from './docx-builder';
import { buildDocx, h2, headerRow, p, row, table } from './docx-builder';
import type { Fixture } from './fixtures-ab';
import { scoringTable } from './fixtures-ab';
import { spell, standardTruth, withChanges } from './truth';

export const E = {
  reference: '17/0303',
  name: 'Fenwick Health Trust',
  assessor: 'Lena Fischer',
  spellings: {
    F: ['Full', 'Full compliance', 'FULL'],
    P: ['Partial', 'Partially compliant'],
    CP: ['Compliance Plus', 'compliance plus'],
    NC: ['Non-compliance'],
  },
} as const;

/**
 * A trust's layout: a stage-per-column header, organisation as "Label: value" paragraphs, a
 * two-row header with merged "Evidence" and "Result" cells over their sub-columns, element number
 * and statement as separate paragraphs, a blank line inside evidence, tracked changes (the
 * deleted words must not come in), CP justifications in a table without a header row,
 * development points as paragraphs, and a scoring table with one wrong count.
 */
export async function fixtureE(): Promise<Fixture> {
  const truth = withChanges(standardTruth('Fenwick'), {
    '1.1.1': { visit: 'VO — confirmed with the ward manager' },
    '2.1.1': { deskTop: 'Fenwick: 2.1.1 board minutes\n\nStrategy 2017–2020 (draft)' },
  });
  const blocks: BlockSpec[] = [
    p(`Client: ${E.name}`),
    p(`Ref: ${E.reference}`),
    table([
      row('Stage', 'Initial assessment'),
      row('Assessor', E.assessor),
      row('Desk-top review', '3 March 2017'),
      row('Visit dates', '20–21 March 2017'),
      row('Visit days', '2'),
    ]),
  ];
  let i = 0;
  for (const c of DEFAULT_CATALOGUE.criteria) {
    blocks.push(h2(`${c.number}. ${c.name}`));
    const rows: RowSpec[] = [
      headerRow(
        { text: 'Element', rowSpan: 2 },
        { text: 'Evidence', span: 3 },
        { text: 'Result', span: 2 },
      ),
      headerRow('Desk-top', 'Key questions', 'Visit day(s)', 'DTR', 'Visit'),
    ];
    for (const x of truth.filter((y) => y.id.startsWith(`${c.number}.`))) {
      i += 1;
      const visit =
        x.id === '1.1.1'
          ? {
              text: '',
              tracked: {
                kept: 'VO — confirmed',
                inserted: ' with the ward manager',
                deleted: ' — not seen',
              },
            }
          : x.visit;
      rows.push(
        row(
          { text: [x.id, x.statement] },
          { text: x.deskTop.split('\n') },
          x.questions,
          visit,
          spell(x.dtr, i, E.spellings),
          spell(x.final, i, E.spellings),
        ),
      );
    }
    blocks.push(table(rows, 6));
  }
  blocks.push(
    h2('CP justification'),
    table(truth.filter((x) => x.cp).map((x) => row(x.id, x.cp))),
    h2('Development points'),
    ...truth.filter((x) => x.dev).map((x) => p(`${x.id} ${x.dev}`)),
    scoringTable(
      ['Criterion', 'No. of elements', 'Max. partials', 'Partials', 'CP', 'NC'],
      [
        [11, 2, 2, 1, 0],
        [11, 2, 1, 0, 0],
        [12, 2, 0, 1, 0],
        [13, 3, 3, 0, 0],
        [10, 2, 1, 0, 0],
      ],
    ),
  );
  return { bytes: await buildDocx(blocks), truth };
}
