import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { BlockSpec, RowSpec } from './docx-builder';
import { buildDocx, h1, headerRow, p, row, table } from './docx-builder';
import type { Fixture } from './fixtures-ab';
import { standardTruth, withChanges } from './truth';

export const C = {
  reference: '16/0042',
  name: 'Harbour Trust',
  assessor: 'Priya Raman',
  oldStatement:
    'We have challenging standards for our main services which take account of our responsibility for delivering national standards.',
  otherStatement: 'Customer profile (wording of a local draft)',
  comment: "Assessor's comment: evidence for criterion 4 was strong overall",
  unknown: '6.1.1 Extra element from a draft standard',
  extra: 'Further evidence: training plan 2016',
} as const;

const HEADER = [
  'Element',
  'DTR',
  'AV',
  'Desk-top evidence',
  'Key questions / person asked',
  'Visit day(s) evidence',
];

/**
 * One table per criterion, columns in another order, the header row repeated mid-table (as after
 * a page break), rows split over several rows, a statement wrapped over two rows, an element
 * split across two tables, a missing element, an unknown one, a duplicate, a comment row, a
 * statement in other words, conflicting and unreadable marks.
 */
export async function fixtureC(): Promise<Fixture> {
  const base = withChanges(standardTruth('Harbour'), {
    '2.2.1': {
      deskTop: `Harbour: 2.2.1 policy and minutes\nAnnual report section 2-2-1\n${C.extra}`,
    },
    '3.3.3': { final: null },
    '5.3.3': { dtr: null, final: null, deskTop: '', questions: '', visit: '', vo: false },
  });
  const truth = base.map((x) => ({ ...x, cp: '', dev: '' }));
  const blocks: BlockSpec[] = [
    table([row('Organisation', C.name), row('Reference', C.reference)]),
    table([
      row('', 'Initial / 3-year assessment', 'Surveillance 1', 'Surveillance 2'),
      row('Name of assessor', C.assessor, '', ''),
      row('Date of first desk-top analysis', '2 February 2016', '', ''),
      row('Date of visit', '1 March 2016', 'TBC', ''),
      row('Number of visit days', '1', '', ''),
    ]),
    h1('Section 1 - Assessment analysis'),
  ];
  for (const c of DEFAULT_CATALOGUE.criteria) {
    let rows: RowSpec[] = [headerRow(...HEADER)];
    const elements = truth.filter((x) => x.id.startsWith(`${c.number}.`));
    elements.forEach((x, i) => {
      if (x.id === '5.3.3') return;
      if (i > 0 && i % 4 === 0) rows.push(i % 8 === 0 ? headerRow(...HEADER) : row(...HEADER));
      const [one, two] = x.deskTop.split('\n');
      const dtr = x.id === '3.3.3' ? 'F?' : (x.dtr ?? '');
      const final = x.id === '3.3.3' ? 'P/F' : (x.final ?? '');
      const statement =
        x.id === '4.1.1' ? C.oldStatement : x.id === '1.1.1' ? C.otherStatement : x.statement;
      if (x.id === '2.1.1') {
        const words = statement.split(' ');
        const half = Math.floor(words.length / 2);
        rows.push(
          row(
            `${x.id} ${words.slice(0, half).join(' ')}`,
            dtr,
            final,
            one ?? '',
            x.questions,
            x.visit,
          ),
        );
        rows.push(row(words.slice(half).join(' '), '', '', two ?? '', '', ''));
      } else if (x.id === '2.2.1') {
        rows.push(
          row(
            `${x.id} ${statement}`,
            dtr,
            final,
            x.deskTop.split('\n').slice(0, 2).join('\n'),
            x.questions,
            x.visit,
          ),
        );
      } else if (i % 5 === 0 || x.id === '1.3.1' || x.id === '3.2.1') {
        rows.push(row(`${x.id} ${statement}`, dtr, final, one ?? '', x.questions, x.visit));
        if (x.id === '3.2.1') {
          blocks.push(table(rows), p(''));
          rows = [headerRow(...HEADER)];
        }
        rows.push(row('', '', x.id === '1.3.1' ? 'P' : '', two ?? '', '', ''));
      } else rows.push(row(`${x.id} ${statement}`, dtr, final, x.deskTop, x.questions, x.visit));
    });
    if (c.number === 2) rows.push(row('2.2.1', '', '', C.extra, '', ''));
    if (c.number === 4) rows.push(row({ text: C.comment, span: 6 }));
    if (c.number === 5) rows.push(row(C.unknown, 'F', 'F', 'x', '', ''));
    blocks.push(table(rows));
  }
  return { bytes: await buildDocx(blocks), truth };
}
