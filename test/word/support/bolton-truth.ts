import { readFileSync } from 'node:fs';
import type { MaybeMark } from '../../../shared/types/marks';

/**
 * The truth of the real record whose text is in test/fixtures/reference/bolton-2015-record.txt
 * (University of Bolton, 2015, reference 14/5167; a copy of ../shared/reference/): every table
 * flattened to one line per row with tabs between cells, with recognition noise. This module
 * reads that text with rules of its own — written from the text, not from the importer — into
 * what the record says, element by element, and keeps each element's rows so that the fixtures
 * can lay the same content out in several certifying bodies' layouts.
 *
 * Where recognition lost structure the Word document had, the text is restored here, and only
 * here (each case is listed in `RESTORED`): the importer under test gets a document as Word
 * would hold it. Recognition noise a Word document can hold (Cyrillic "Р" for P, "Liement",
 * "A Visi Resul", a stray "Э" in a mark cell) is kept as written.
 */

export const REFERENCE_TEXT = new URL(
  '../../fixtures/reference/bolton-2015-record.txt',
  import.meta.url,
).pathname;

/** The six cells of an element row in the record's column order. */
export type SixCells = readonly [string, string, string, string, string, string];

export interface BoltonElement {
  readonly id: string;
  /** The statement as written (its lines joined with spaces), without the number. */
  readonly statement: string;
  /** The element's rows as the record lays them out: number and statement, three texts, marks. */
  readonly rows: readonly SixCells[];
  readonly deskTop: string;
  readonly questions: string;
  readonly visit: string;
  /** The marks as written ("Р" in Cyrillic, "P", "F", "Э"). */
  readonly dtrWritten: string;
  readonly finalWritten: string;
  /** The marks they are: Latin and Cyrillic P read as P; anything else is no mark. */
  readonly dtr: MaybeMark;
  readonly final: MaybeMark;
}

/** The header and key dates as written. */
export interface BoltonHeader {
  readonly reference: string;
  readonly name: string;
  readonly assessor: string;
  readonly dates: {
    readonly deskTopReview: string;
    readonly deskTopSentToClient: string;
    readonly deskTopSentToCertifyingBody: string;
    readonly secondDeskTopReview: string;
    readonly secondDeskTopSentToClient: string;
    readonly secondDeskTopSentToCertifyingBody: string;
    readonly visit: string;
    readonly analysisSentToCertifyingBody: string;
  };
  readonly planned: {
    readonly surveillance1: string;
    readonly surveillance2: string;
    readonly recertification: string;
  };
}

export interface BoltonTruth {
  readonly header: BoltonHeader;
  readonly elements: readonly BoltonElement[];
  /** Section 1 in the record's own layout: headings and tables as the text shows them. */
  readonly section1: readonly BoltonBlock[];
}

/**
 * What recognition lost and this module puts back. 3.2.2's row came out as "· | Discuss with
 * customers | VO | P | F": its number, statement and desk-top evidence were not recognised; the
 * row is restored with its number (the statement is then the standard's, supplied by the
 * fixture). "and processes?" after a page footer ends 1.3.3's key question.
 */
export const RESTORED = {
  '3.2.2': 'the row lost its number and statement in recognition',
  '1.3.3': '"and processes?" continues the key question across a page break',
} as const;

const MARKS: Readonly<Record<string, MaybeMark>> = {
  F: 'F',
  P: 'P',
  '\u0420': 'P',
  CP: 'CP',
  NC: 'NC',
};

function markOf(written: string): MaybeMark {
  return MARKS[written.trim()] ?? null;
}

function isMarkText(text: string): boolean {
  return /^(?:[FP\u0420\u042d]|CP|NC)$/.test(text.trim());
}

const ELEMENT = /^([1-5])\.(\d)\.(\d)\b(.*)$/;

function letters(cells: readonly string[]): number {
  return cells.join('').replace(/[^A-Z]/gi, '').length;
}

type RowKind = 'skip' | 'footer' | 'heading' | 'header' | 'caption' | 'content';

const HEADER_CELL =
  /^(?:Element|Liement)$|Desk-top Evidence|Dook top|Dock ton|person ask|^Resu|^DT[RD]\b/;

/** What a row of the section 1 text is: headers, captions, footers, debris or content. */
function rowKind(cells: readonly string[]): RowKind {
  const filled = cells.filter((c) => c.trim() !== '');
  const first = filled[0]?.trim() ?? '';
  if (first === '') return 'skip';
  if (/^Centre for Assessment|^Tel: /.test(first)) return 'footer';
  if (/^[-\s]+$/.test(cells.join(''))) return 'skip'; // table rules
  if (ELEMENT.test(cells[0]?.trim() ?? '')) return 'content';
  if (letters(cells) < 4) return 'skip'; // recognition debris: "1 | _ | 1", "525", "E O 4"
  if (/^\d\.?\s+[A-Z][A-Z ]+$/.test(first) && filled.length === 1) return 'heading';
  if (cells.some((c) => HEADER_CELL.test(c.trim()))) return 'header';
  if (/^\d\.\d\s/.test(first)) return 'caption';
  return 'content';
}

/** The row's cells in the record's six columns, undoing what flattening did to empty cells. */
function sixCells(cells: readonly string[]): SixCells {
  let c = cells.map((x) => x.replace(/<\/?u>/g, '').trim()); // the recogniser's markup
  while (c.length > 6 && c[c.length - 1] === '') c.pop();
  if (c.length === 6 && c[5] === '' && isMarkText(c[3]!) && isMarkText(c[4]!)) {
    c = [c[0]!, c[1]!, c[2]!, '', c[3]!, c[4]!]; // 3.2.3: marks shifted one column left
  }
  if (c.length === 5) {
    // A dropped empty cell: the text before the marks is a visit note or a key question.
    const x = c[2]!;
    const visit = /^(?:VO\b|See assessment)/.test(x);
    c = [c[0]!, c[1]!, visit ? '' : x, visit ? x : '', c[3]!, c[4]!];
  }
  while (c.length < 6) c.push('');
  const [a = '', b = '', d = '', e = '', f = '', g = ''] = c;
  return [a, b, d, e, f, g];
}

interface Building {
  id: string;
  statement: string[];
  rows: SixCells[];
}

function finish(b: Building): BoltonElement {
  const column = (i: number): string =>
    b.rows
      .map((r) => r[i]!)
      .filter((t) => t !== '')
      .join('\n');
  const markRow = b.rows.find((r) => isMarkText(r[4]) || isMarkText(r[5]));
  const dtrWritten = markRow?.[4] ?? '';
  const finalWritten = markRow?.[5] ?? '';
  return {
    id: b.id,
    statement: b.statement.filter((s) => s !== '').join(' '),
    rows: b.rows.map((r) =>
      // Marks count once: continuation rows keep no debris in the mark columns ("•").
      r === markRow ? r : ([r[0], r[1], r[2], r[3], '', ''] as const),
    ),
    deskTop: column(1),
    questions: column(2),
    visit: column(3),
    dtrWritten,
    finalWritten,
    dtr: markOf(dtrWritten),
    final: markOf(finalWritten),
  };
}

/** Section 1 as the record lays it out: criterion headings and tables. */
export type BoltonBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'table';
      /** Captions and header rows above the first element, as written. */
      readonly top: readonly SixCells[];
      /** The elements whose rows the table holds (a row split by a page break continues). */
      readonly rows: readonly { readonly element: string; readonly cells: SixCells }[];
    };

function fixLine(line: string, current: Building | null): string[] | 'continued' {
  const cells = line.split('\t');
  if (cells[0]?.trim() === '\u00b7' && cells[1] === 'Discuss with customers') {
    return ['3.2.2', '', ...cells.slice(1)]; // RESTORED['3.2.2']
  }
  if (cells.length === 3 && cells[0] === 'and processes?' && current?.id === '1.3.3') {
    current.rows.push(['', '', 'and processes?', '', '', '']); // RESTORED['1.3.3']
    return 'continued';
  }
  return cells;
}

interface TableBuilding {
  readonly kind: 'table';
  readonly top: SixCells[];
  readonly rows: { readonly element: string; readonly cells: SixCells }[];
}

/** Section 1 read into its elements and the blocks that lay them out. */
function readSection1(lines: readonly string[]): {
  elements: BoltonElement[];
  blocks: BoltonBlock[];
} {
  const start = lines.findIndex((l) => l.startsWith('SECTION 1'));
  const end = lines.findIndex((l) => l.startsWith('Compliance plus Justification'));
  const building: Building[] = [];
  const blocks: (BoltonBlock | TableBuilding)[] = [];
  let table: TableBuilding | null = null;
  let current: Building | null = null;
  const newTable = (): TableBuilding => {
    const made: TableBuilding = { kind: 'table', top: [], rows: [] };
    blocks.push(made);
    return made;
  };
  for (const line of lines.slice(start + 1, end)) {
    const cells = fixLine(line, current);
    if (cells === 'continued') {
      table ??= newTable();
      table.rows.push({ element: '1.3.3', cells: current!.rows[current!.rows.length - 1]! });
      continue;
    }
    const kind = rowKind(cells);
    if (kind === 'skip') continue;
    if (kind === 'footer') {
      table = null; // a page break: the rest of the table continues in a new one
      continue;
    }
    if (kind === 'heading') {
      table = null;
      current = null;
      blocks.push({ kind: 'heading', text: cells.join(' ').trim() });
      continue;
    }
    const six = sixCells(cells);
    if (kind === 'header' || kind === 'caption') {
      if (!table || table.rows.length > 0) table = newTable();
      table.top.push(six);
      continue;
    }
    table ??= newTable();
    const match = ELEMENT.exec(six[0]);
    if (match) {
      current = {
        id: `${match[1]}.${match[2]}.${match[3]}`,
        statement: [(match[4] ?? '').trimStart()],
        rows: [],
      };
      building.push(current);
    } else if (!current) throw new Error(`a row before any element: ${line}`);
    else current.statement.push(six[0].replace(/^_$/, ''));
    current.rows.push(six);
    table.rows.push({ element: current.id, cells: six });
  }
  const elements = building.map(finish);
  const byId = new Map(elements.map((e) => [e.id, e] as const));
  // The mark cells of continuation rows are cleared in `finish`; the blocks say the same.
  const cleaned = blocks.map((b) =>
    b.kind === 'heading'
      ? b
      : {
          ...b,
          rows: b.rows.map((r) => {
            const element = byId.get(r.element)!;
            const i = building.find((x) => x.id === r.element)!.rows.indexOf(r.cells);
            return { element: r.element, cells: element.rows[i] ?? r.cells };
          }),
        },
  );
  return { elements, blocks: cleaned };
}

/** The value beneath a label in the label-row / value-row tables of the header. */
function beneath(lines: readonly string[], label: string, column: number): string {
  const at = lines.findIndex((l) => l.split('\t')[column]?.trim() === label);
  if (at < 0) throw new Error(`no label "${label}" in the reference text`);
  return (lines[at + 1] ?? '').split('\t')[column]?.trim() ?? '';
}

function readHeader(lines: readonly string[]): BoltonHeader {
  const second = lines.findIndex((l) => l.startsWith('Second Desk-top Analysis Date'));
  const pair = (at: number, column: number): string =>
    (lines[at + 1] ?? '').split('\t')[column]?.trim() ?? '';
  const initial = lines.find((l) => l.startsWith('Initial / 3 Year Assessment\t'));
  return {
    reference: beneath(lines, 'Assessment Reference Number', 0),
    name: beneath(lines, 'Name of Organisation', 1),
    assessor: initial?.split('\t')[1]?.trim() ?? '',
    dates: {
      deskTopReview: beneath(lines, 'First Desk-top Analysis Date', 0),
      deskTopSentToClient: beneath(lines, 'Date Sent to Client', 1),
      deskTopSentToCertifyingBody: beneath(lines, 'Date sent to CfA', 2),
      secondDeskTopReview: pair(second, 0),
      secondDeskTopSentToClient: pair(second, 1),
      secondDeskTopSentToCertifyingBody: pair(second, 2),
      visit: beneath(lines, 'Assessment Visit Analysis Date', 0),
      analysisSentToCertifyingBody: beneath(lines, 'Date Assessment Analysis sent to CfA', 1),
    },
    planned: {
      surveillance1: beneath(lines, 'Date of first surveillance', 0),
      surveillance2: beneath(lines, 'Date of second surveillance', 1),
      recertification: beneath(lines, 'Date of Recertification', 2),
    },
  };
}

let cached: BoltonTruth | null = null;

/** The record's truth, read once from the reference text. */
export function boltonTruth(): BoltonTruth {
  if (cached) return cached;
  const lines = readFileSync(REFERENCE_TEXT, 'utf8').split(/\r?\n/);
  const { elements, blocks } = readSection1(lines);
  cached = { header: readHeader(lines), elements, section1: blocks };
  return cached;
}
