import { DEFAULT_CATALOGUE } from '../../../shared/catalogue/catalogue';
import type { BlockSpec, CellSpec, RowSpec } from './docx-builder';
import { buildDocx, h1, h2, headerRow, p, row, table } from './docx-builder';
import type { CellWriter } from './bolton-own';
import { boltonOwnLayout } from './bolton-own';
import { blankSurveillance, elementCell, lines } from './bolton-layouts';
import { boltonTruth } from './bolton-truth';
import { dropDown, field, hyperlink, nestedTable, paras, run, trackedChange } from './word-xml';

/**
 * Layouts of the real record that use what real templates use in Word: marks in drop-down
 * content controls (layout 4), tracked changes (layout 5), another body's headers with a stage
 * table, nested tables, hyperlinks, fields, merged cells and line breaks (layout 6), and the
 * mark columns swapped (layout 7).
 */

/** Layout 4: the record's own layout with every mark in a drop-down content control. */
export function contentControlLayout(): Promise<Uint8Array> {
  const truth = new Map(boltonTruth().elements.map((e) => [e.id, e] as const));
  const cell: CellWriter = (cells, i, element) => {
    const text = cells[i] ?? '';
    if (i < 4) return text;
    const e = truth.get(element)!;
    const mark = i === 4 ? e.dtr : e.final;
    if (text === '') return { text: '', xml: dropDown(null) }; // nothing chosen: the placeholder
    return mark === null ? text : { text: '', xml: dropDown(mark) };
  };
  return boltonOwnLayout({ cell });
}

/** Layout 5: marks and evidence changed with tracking on; the document as it now stands is the truth. */
export function trackedChangesLayout(): Promise<Uint8Array> {
  let n = 0;
  const cell: CellWriter = (cells, i) => {
    const text = cells[i] ?? '';
    if (text === '') return text;
    n += 1;
    if ((i === 4 || i === 5) && n % 3 === 0) {
      const was = text === 'F' ? 'P' : 'F';
      return { text: '', xml: trackedChange('', was, text) };
    }
    if (i === 1 && n % 4 === 0) {
      const [first = '', ...rest] = text.split('\n');
      const cut = Math.floor(first.length / 2);
      const edited = trackedChange(first.slice(0, cut), ' (draft wording) ', '', first.slice(cut));
      return { text: '', xml: edited + (rest.length > 0 ? paras(rest.join('\n')) : '') };
    }
    if (i === 2 && n % 5 === 0) {
      return { text: '', xml: trackedChange('', '', text) };
    }
    return text;
  };
  return boltonOwnLayout({ cell });
}

/** Layout 7: the final mark column left of the DTR column; the headers say so. */
export function swappedMarksLayout(): Promise<Uint8Array> {
  return boltonOwnLayout({ order: [0, 1, 2, 3, 5, 4] });
}

/** A cell of lines written with a line break (w:br) between them, in one paragraph. */
function withBreaks(text: string): CellSpec {
  const body = text
    .split('\n')
    .map((l, i) => (i === 0 ? run(l) : `<w:r><w:br/></w:r>${run(l)}`))
    .join('');
  return { text: '', xml: `<w:p>${body}</w:p>` };
}

/** How layout 6 writes an element's desk-top evidence, to use Word's features. */
function deskTopCell(id: string, text: string): CellSpec {
  const list = text.split('\n');
  if (id === '2.1.6') return { text: '', xml: nestedTable(list.map((l) => [l])) };
  if (id === '3.2.1')
    return { text: '', xml: hyperlink(list[0]!.slice(0, 12), list[0]!.slice(12)) };
  if (id === '5.2.3') return withBreaks(text);
  return lines(text);
}

/** Layout 6: another body's headers, a stage table, and Word's nested tables, links and fields. */
export function otherBodyLayout(): Promise<Uint8Array> {
  const truth = boltonTruth();
  const h = truth.header;
  const blocks: BlockSpec[] = [
    table([row('Reference', h.reference), row('Organisation', h.name)]),
    table([
      row('', 'Initial / 3-year assessment', 'Surveillance 1', 'Surveillance 2'),
      row('Assessor', h.assessor, '', ''),
      row('Desk-top review', '9 March 2015', '', ''),
      row('Desk-top sent to client', '9 March 2015', '', ''),
      row('Desk-top sent to certifying body', '9 March 2015', '', ''),
      row('Second desk-top review', 'N/A', '', ''),
      row('Second desk-top sent to client', 'N/A', '', ''),
      row('Second desk-top sent to certifying body', 'N/A', '', ''),
      row('Visit date(s)', '11-12 March 2015', '', ''),
      row('Analysis sent to certifying body', '17 March 2015', '', ''),
    ]),
    p('Surveillance and recertification dates'),
    table([
      row('Date of first surveillance', 'Date of second surveillance', 'Date of recertification'),
      row('TBC', 'TBC', 'TBC'),
    ]),
    h1('Section 1 – Assessment analysis'),
  ];
  const header = headerRow(
    'Criterion / Element',
    'Evidence submitted',
    'Questions / who',
    'Evidence on the day',
    'Desk-top Result',
    'Final mark',
  );
  for (const c of DEFAULT_CATALOGUE.criteria) {
    blocks.push(h2(`${c.number}. ${c.name}`));
    const rows: RowSpec[] = [header];
    for (const e of truth.elements.filter((x) => x.id.startsWith(`${c.number}.`))) {
      const questions: CellSpec =
        e.id === '1.1.1'
          ? { text: '', xml: field('MERGEFIELD Questions', e.questions) }
          : lines(e.questions);
      const desk = e.deskTop.split('\n');
      if (e.id === '2.2.1') {
        // The element cell merged over two rows, the evidence carrying on in the second.
        rows.push(
          row(
            { text: elementCell(e), rowSpan: 2 },
            lines(desk.slice(0, 8).join('\n')),
            questions,
            lines(e.visit),
            e.dtrWritten,
            e.finalWritten,
          ),
          row(lines(desk.slice(8).join('\n')), '', '', '', ''),
        );
        continue;
      }
      rows.push(
        row(
          elementCell(e),
          deskTopCell(e.id, e.deskTop),
          questions,
          lines(e.visit),
          e.dtrWritten,
          e.finalWritten,
        ),
      );
    }
    blocks.push(table(rows, 6));
  }
  blocks.push(...blankSurveillance('First'), ...blankSurveillance('Second'));
  return buildDocx(blocks);
}
