import { readFileSync } from 'node:fs';
import type { BlockSpec, CellSpec, RowSpec } from './docx-builder';
import { buildDocx, p, row, table } from './docx-builder';
import type { BoltonBlock, SixCells } from './bolton-truth';
import { REFERENCE_TEXT, boltonTruth } from './bolton-truth';

/**
 * The real record in its own layout, as Word holds it: the text of
 * test/fixtures/reference/bolton-2015-record.txt turned back into a document — each run of
 * tab-separated lines a table, every other line a paragraph — with section 1 as `boltonTruth`
 * reads it (its noisy two-row headers, captions split over cells, rows split over pages into
 * tables without a header, statements over several rows) and the page footer in the footer.
 */

const FOOTER = [
  'Centre for Assessment Ltd, Churchgate House, 56 Oxford Street,, Manchester, M1 6EU',
  'Tel: 0161 237 4080 www.centreforassessment.co.uk',
];

/** Paragraphs and tables of plain text lines, as they were flattened. */
export function textBlocks(lines: readonly string[]): BlockSpec[] {
  const blocks: BlockSpec[] = [];
  let rows: RowSpec[] = [];
  const flush = (): void => {
    if (rows.length > 0) blocks.push(table(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      rows.push(row(...line.split('\t').map((c) => c.trim())));
      continue;
    }
    flush();
    if (line.trim() !== '') blocks.push(p(line.trim()));
  }
  flush();
  return blocks.map((b) => (b.kind === 'table' ? table(padded(b.rows), b.columns) : b));
}

/** Rows of one table made as wide as its widest row, as a Word table's grid is. */
function padded(rows: readonly RowSpec[]): RowSpec[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  return rows.map((r) => row(...r.cells, ...Array<string>(width - r.cells.length).fill('')));
}

/** How a section 1 cell is written; the default writes it as text. */
export type CellWriter = (cells: SixCells, column: number, element: string) => string | CellSpec;

const asText: CellWriter = (cells, column) => cells[column] ?? '';

/** How the record's own layout is varied: cells written otherwise, columns in another order. */
export interface OwnLayoutOptions {
  readonly cell?: CellWriter;
  /** The record's columns in the order to write them (the default is 0 … 5). */
  readonly order?: readonly number[];
}

/** Section 1 in the record's own layout, varied by `options`. */
export function section1Blocks(
  blocks: readonly BoltonBlock[],
  options: OwnLayoutOptions = {},
): BlockSpec[] {
  const cell = options.cell ?? asText;
  const order = options.order ?? [0, 1, 2, 3, 4, 5];
  return blocks.map((b) =>
    b.kind === 'heading'
      ? p(b.text)
      : table(
          [
            ...b.top.map((cells) => row(...order.map((i) => cells[i] ?? ''))),
            ...b.rows.map((r) => row(...order.map((i) => cell(r.cells, i, r.element)))),
          ],
          6,
        ),
  );
}

function referenceLines(): string[] {
  return readFileSync(REFERENCE_TEXT, 'utf8').split(/\r?\n/);
}

/** The parts of the text before and after section 1, as blocks. */
export function framingBlocks(): { before: BlockSpec[]; after: BlockSpec[] } {
  const lines = referenceLines();
  const start = lines.findIndex((l) => l.startsWith('SECTION 1'));
  const end = lines.findIndex((l) => l.startsWith('Compliance plus Justification'));
  return { before: textBlocks(lines.slice(0, start + 1)), after: textBlocks(lines.slice(end)) };
}

/** The record in its own layout (layout 1), or varied (layouts 4, 5 and 7). */
export async function boltonOwnLayout(options: OwnLayoutOptions = {}): Promise<Uint8Array> {
  const { before, after } = framingBlocks();
  const blocks = [...before, ...section1Blocks(boltonTruth().section1, options), ...after];
  return buildDocx(blocks, [], { footer: FOOTER });
}
