import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { BlockSpec, CellSpec, RowSpec } from './docx-builder';
import { buildDocx, h1, h2, headerRow, p, row, table } from './docx-builder';
import type { BoltonElement, BoltonTruth } from './bolton-truth';
import { boltonTruth } from './bolton-truth';

/**
 * The real record's content laid out as other certifying bodies lay their records out. Each
 * writes the same header, dates and 57 elements (see bolton-truth.ts) in another way.
 */

/** "1.1.1 We have …": the number and the statement as the record writes it. */
export function elementCell(e: BoltonElement): string {
  const statement = e.statement || (DEFAULT_CATALOGUE.byId.get(e.id as never)?.statement ?? '');
  return `${e.id} ${statement}`;
}

/** Lines of a text as paragraphs of one cell. */
export function lines(text: string): CellSpec {
  return { text: text === '' ? '' : text.split('\n') };
}

/** The blank sections 2 and 3 of a template: headings, "(INSERT DATE)", empty cells, zeros. */
export function blankSurveillance(stage: 'First' | 'Second'): BlockSpec[] {
  return [
    h1(`Section 2 – ${stage} surveillance documentation`),
    table([
      row('Date of surveillance visit', '(INSERT DATE)'),
      row('Name of assessor', ''),
      row('Number of days required', ''),
    ]),
    p('Your surveillance visit will take place in (INSERT DATE).'),
    table([
      headerRow('Documents requested', 'Assessor to confirm receipt'),
      row('Latest complaints report', ''),
    ]),
    h1(`Section 3 – ${stage} surveillance report`),
    p('What has changed since the first assessment in relation to each of the 5 criteria?'),
    table([
      headerRow('Criterion', 'Number of elements', 'Maximum partials', 'Actual partials'),
      ...DEFAULT_CATALOGUE.criteria.map((c) =>
        row(String(c.number), String(c.elements.length), '2', '0'),
      ),
    ]),
  ];
}

const byId = (truth: BoltonTruth): Map<string, BoltonElement> =>
  new Map(truth.elements.map((e) => [e.id, e] as const));

/** Layout 2: a label-left header, a table per sub-criterion with one header row. */
export async function labelLeftLayout(): Promise<Uint8Array> {
  const truth = boltonTruth();
  const h = truth.header;
  const elements = byId(truth);
  const blocks: BlockSpec[] = [
    p('CUSTOMER SERVICE EXCELLENCE — ASSESSMENT RECORD'),
    table([
      row('Assessment reference number', h.reference),
      row('Name of organisation', h.name),
      row('Name of assessor (Initial / 3-year assessment)', h.assessor),
      row('Name of assessor (Surveillance 1)', ''),
      row('Date of first desk-top analysis', '09/03/2015'),
      row('Date desk-top analysis sent to client', '9th March 2015'),
      row('Date desk-top analysis sent to certifying body', '9 March 2015'),
      row('Date of second desk-top analysis', 'N/A'),
      row('Date second desk-top analysis sent to client', 'N/A'),
      row('Date second desk-top analysis sent to certifying body', 'n/a'),
      row('Assessment visit dates', '11th-12th March 2015'),
      row('Date assessment analysis sent to certifying body', '17/03/2015'),
      row('Date of first surveillance', 'TBC'),
      row('Date of second surveillance', 'TBC'),
      row('Date of recertification', 'TBC'),
    ]),
    h1('Section 1 – Assessment analysis'),
  ];
  for (const c of DEFAULT_CATALOGUE.criteria) {
    blocks.push(h2(`Criterion ${c.number} – ${c.name}`));
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
      for (const x of s.elements) {
        const e = elements.get(x.id)!;
        rows.push(
          row(
            elementCell(e),
            lines(e.deskTop),
            lines(e.questions),
            lines(e.visit),
            e.dtrWritten,
            e.finalWritten,
          ),
        );
      }
      blocks.push(table(rows, 6));
    }
  }
  blocks.push(...blankSurveillance('First'), ...blankSurveillance('Second'));
  return buildDocx(blocks);
}

/** Layout 3: label/value pairs side by side, one table per criterion with a number column. */
export async function numberColumnLayout(): Promise<Uint8Array> {
  const truth = boltonTruth();
  const h = truth.header;
  const elements = byId(truth);
  const blocks: BlockSpec[] = [
    table([
      row('Assessment reference', h.reference, 'Client organisation', h.name),
      row('Lead assessor', h.assessor, 'Assessment visit', '11-12 March 2015'),
      row('Desk-top review', '9 March 2015', 'Desk-top sent to client', '9 March 2015'),
      row(
        'Desk-top sent to certifying body',
        '9 March 2015',
        'Analysis sent to certifying body',
        '17 March 2015',
      ),
      row('Second desk-top review', 'N/A', 'Second desk-top sent to client', 'N/A'),
      row('Second desk-top sent to certifying body', 'N/A', '', ''),
      row('Date of first surveillance', 'TBC', 'Date of second surveillance', 'TBC'),
      row('Date of recertification', 'TBC', '', ''),
    ]),
  ];
  for (const c of DEFAULT_CATALOGUE.criteria) {
    blocks.push(h2(`Criterion ${c.number}: ${c.name}`));
    const rows: RowSpec[] = [
      headerRow(
        'No.',
        'Element',
        'Evidence submitted',
        'Questions / who',
        'Evidence on the day',
        'DTR',
        'AV',
      ),
    ];
    for (const s of c.subCriteria) {
      rows.push(row({ text: `${s.id} ${s.name}`, span: 7 }));
      for (const x of s.elements) {
        const e = elements.get(x.id)!;
        const statement = elementCell(e).slice(e.id.length + 1);
        rows.push(
          row(
            e.id,
            statement,
            lines(e.deskTop),
            lines(e.questions),
            lines(e.visit),
            e.dtrWritten,
            e.finalWritten,
          ),
        );
      }
    }
    blocks.push(table(rows, 7));
  }
  blocks.push(...blankSurveillance('First'));
  return buildDocx(blocks);
}

/** Layout 8: the final mark left of DTR under a header no vocabulary knows ("Moderated"). */
export async function unknownFinalHeaderLayout(): Promise<Uint8Array> {
  const truth = boltonTruth();
  const h = truth.header;
  const rows: RowSpec[] = [
    headerRow(
      'Element',
      'Desk-top evidence',
      'Key questions',
      'Visit evidence',
      'Moderated',
      'DTR',
    ),
    ...truth.elements.map((e) =>
      row(
        elementCell(e),
        lines(e.deskTop),
        lines(e.questions),
        lines(e.visit),
        e.finalWritten,
        e.dtrWritten,
      ),
    ),
  ];
  return buildDocx([
    table([
      row('Assessment reference number', h.reference),
      row('Name of organisation', h.name),
      row('Assessor', h.assessor),
      row('Date of first desk-top analysis', '9 March 2015'),
      row('Date sent to client', '9 March 2015'),
      row('Date sent to the certifying body', '9 March 2015'),
      row('Date of second desk-top analysis', 'N/A'),
      row('Date second desk-top analysis sent to client', 'N/A'),
      row('Date second desk-top analysis sent to certifying body', 'N/A'),
      row('Date(s) of visit', '11-12 March 2015'),
      row('Date assessment analysis sent to certifying body', '17 March 2015'),
      row('Date of first surveillance', 'TBC'),
      row('Date of second surveillance', 'TBC'),
      row('Date of recertification', 'TBC'),
    ]),
    h1('Assessment analysis'),
    table(rows, 6),
  ]);
}
