import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { BlockSpec, RowSpec } from './docx-builder';
import { buildDocx, h1, h2, headerRow, p, row, table } from './docx-builder';
import type { ElementTruth } from './truth';
import { spell, standardTruth, withChanges } from './truth';

/** A fixture: the document's bytes and what it says. */
export interface Fixture {
  readonly bytes: Uint8Array;
  readonly truth: readonly ElementTruth[];
}

const byId = (truth: readonly ElementTruth[]): Map<string, ElementTruth> =>
  new Map(truth.map((t) => [t.id, t] as const));

/** Elements, maximum partials, partials, CP and NC per criterion of the standard truth. */
export const STANDARD_COUNTS: readonly (readonly number[])[] = [
  [11, 2, 1, 1, 0],
  [11, 2, 1, 0, 0],
  [12, 2, 0, 1, 0],
  [13, 3, 3, 0, 0],
  [10, 2, 1, 0, 0],
];

/** A scoring table as a template prints it, with these counts per criterion. */
export function scoringTable(
  titles: readonly string[],
  counts: readonly (readonly number[])[] = STANDARD_COUNTS,
): BlockSpec {
  return table([
    headerRow(...titles),
    ...DEFAULT_CATALOGUE.criteria.map((c, i) =>
      row(`${c.number} ${c.name}`, ...(counts[i] ?? []).map(String)),
    ),
  ]);
}

/** Section 1 as the template lays it out: a captioned table per sub-criterion with a header row. */
export function tidyAnalysis(
  truth: readonly ElementTruth[],
  spellings: Parameters<typeof spell>[2],
): BlockSpec[] {
  const t = byId(truth);
  const blocks: BlockSpec[] = [];
  let i = 0;
  for (const c of DEFAULT_CATALOGUE.criteria) {
    blocks.push(h2(`Criterion ${c.number}: ${c.name}`));
    for (const s of c.subCriteria) {
      const rows: RowSpec[] = [
        row({ text: `${s.id} ${s.name}`, span: 6 }),
        headerRow(
          'Element',
          'Desk-top evidence',
          'Key questions / person asked',
          'Visit day(s) evidence',
          'DTR result',
          'Visit result',
        ),
      ];
      for (const e of s.elements) {
        const x = t.get(e.id)!;
        i += 1;
        rows.push(
          row(
            `${e.id} ${e.statement}`,
            x.deskTop,
            x.questions,
            x.visit,
            spell(x.dtr, i, spellings),
            spell(x.final, i + 1, spellings),
          ),
        );
      }
      blocks.push(table(rows));
    }
  }
  return blocks;
}

export const A = {
  reference: '14/5167',
  name: 'Northfield University',
  units: 'Library, Student Services, Careers and Reception',
  assessor: 'Jane Smith',
  spellings: {
    F: ['F', 'Full', 'full ', 'F.'],
    P: ['P', 'p', 'Partial', 'partial compliance'],
    CP: ['CP', 'C+', 'Compliance Plus'],
    NC: ['NC'],
  },
} as const;

/** The certifying body's template, filled in tidily: label tables, captions, header rows. */
export async function fixtureA(): Promise<Fixture> {
  const truth = withChanges(standardTruth('Northfield'), {
    '1.2.2': {
      cp: 'The Listening Panel is an exemplar.\nIt has been copied by two other universities.',
    },
    '3.3.1': { cp: 'Channel choice is exemplary.\nEvery channel is measured.' },
    '4.3.2': { dtr: 'NC' },
  });
  const blocks: BlockSpec[] = [
    p('Customer Service Excellence'),
    p('Assessment Record'),
    p('Commercial in Confidence'),
    table([
      row('Assessment reference number', A.reference),
      row('Name of organisation', A.name),
      row('Units in scope', A.units),
      row('Name of assessor – Initial / 3-year assessment', A.assessor),
      row('Name of assessor – Surveillance 1', 'Jane Smith'),
      row('Name of assessor – Surveillance 2', ''),
      row('Date of first desk-top analysis', '9 February 2015'),
      row('Date sent to client', '12 February 2015'),
      row('Date sent to the certifying body', '13 February 2015'),
      row('Date of second desk-top analysis', 'N/A'),
      row('Assessment visit dates', '11-12 March 2015'),
      row('Date the assessment analysis was sent to the certifying body', '20 March 2015'),
      row('Date of first surveillance', 'TBC'),
      row('Date of second surveillance', 'TBC'),
      row('Date of recertification', 'TBC'),
    ]),
    p('Key'),
    table([
      row('CP', 'Compliance Plus'),
      row('F', 'Full Compliance'),
      row('P', 'Partial Compliance'),
      row('NC', 'Non-compliance'),
      row('VO', 'Evidence Verified On-Site'),
    ]),
    h1('SECTION 1 – ASSESSMENT ANALYSIS'),
  ];
  blocks.push(...tidyAnalysis(truth, A.spellings));
  blocks.push(h2('Compliance Plus justification'));
  for (const x of truth.filter((x) => x.cp !== '')) {
    const [first, second] = x.cp.split('\n');
    blocks.push(p(`${x.id} – ${first}`), p(second ?? ''));
  }
  blocks.push(
    h2('Development points'),
    table([
      headerRow('Element', 'Development point'),
      ...truth.filter((x) => x.dev).map((x) => row(x.id, x.dev)),
    ]),
    h2('Scoring'),
    scoringTable([
      'Criterion',
      'Number of elements',
      'Maximum partials',
      'Actual partials',
      'Actual compliance plus',
      'Non-compliances',
    ]),
  );
  return { bytes: await buildDocx(blocks), truth };
}

export const B = {
  reference: '15/2001',
  name: 'Riverside Borough Council',
  units: 'Housing Options, Revenues and Benefits',
  assessor: 'Tomasz Wiśniewski',
  /** Look-alike letters: Cyrillic Р, р, С, and stray punctuation. */
  spellings: {
    F: [' F ', 'F*', '(F)', 'f'],
    P: ['\u0420', 'P.', '\u0440'],
    CP: ['\u0421+', '\u0421\u0420', 'cp'],
    NC: ['N\u0421'],
  },
  unplaced: "This record was prepared from the council's own template.",
} as const;

/** A council's own layout: header as paragraphs, tables without header rows, merges, look-alikes. */
export async function fixtureB(): Promise<Fixture> {
  const truth = withChanges(standardTruth('Riverside'), {
    '2.1.2': { questions: 'Discuss 2.1.2 with managers and staff; VO', visit: '', vo: false },
    '3.1.1': { visit: 'V\u041e — seen at the Housing desk' },
    '2.1.5': { dtr: 'NC' },
    '5.1.1': { dtr: 'NC' },
  }).map((x) => ({ ...x, cp: '', dev: '' }));
  const blocks: BlockSpec[] = [
    p(`Assessment reference number: ${B.reference}`),
    p(`Name of organisation: ${B.name}`),
    p(`Units in scope: ${B.units}`),
    p(`Name of assessor (Initial / 3-year assessment): ${B.assessor}`),
    p('Date of first desk-top analysis: Monday 2 March 2015'),
    p('Date sent to client: sometime in spring'),
    p('Assessment visit dates: 11th & 12th March 2015'),
    p('Date of second desk-top analysis: N/A'),
    p(B.unplaced),
  ];
  let i = 0;
  for (const c of DEFAULT_CATALOGUE.criteria) {
    const rows: RowSpec[] = [];
    for (const x of truth.filter((y) => y.id.startsWith(`${c.number}.`))) {
      i += 1;
      const dtr = spell(x.dtr, i, B.spellings);
      const final = spell(x.final, i, B.spellings);
      if (x.id === '1.1.2') {
        const [one, two] = x.deskTop.split('\n');
        rows.push(
          row(
            { text: x.id, rowSpan: 2 },
            { text: x.statement, rowSpan: 2 },
            one ?? '',
            x.questions,
            x.visit,
            dtr,
            final,
          ),
        );
        rows.push(row(two ?? '', '', '', '', ''));
      } else if (x.id === '2.1.2') {
        rows.push(row(x.id, x.statement, x.deskTop, { text: x.questions, span: 2 }, dtr, final));
      } else rows.push(row(x.id, x.statement, x.deskTop, x.questions, x.visit, dtr, final));
    }
    blocks.push(table(rows, 7));
  }
  return { bytes: await buildDocx(blocks), truth };
}
