import * as docx from 'docx';

/**
 * Builds .docx test fixtures with the `docx` package, with the quirks real assessment records
 * have: merged cells (gridSpan, vMerge), header rows marked or not, several paragraphs per cell,
 * tracked changes, custom properties. The fixtures are made by the tests, never checked in.
 */

export interface CellSpec {
  /** One string per paragraph. */
  readonly text: string | readonly string[];
  /** gridSpan. */
  readonly span?: number;
  /** vMerge over this many rows (the following rows leave the cell out). */
  readonly rowSpan?: number;
  /** A paragraph with tracked changes instead of `text`: kept, inserted and deleted runs. */
  readonly tracked?: { readonly kept: string; readonly inserted: string; readonly deleted: string };
}

export interface RowSpec {
  readonly cells: readonly (string | CellSpec)[];
  /** Marked to repeat as a header row (w:tblHeader). */
  readonly header?: boolean;
}

export type BlockSpec =
  | { readonly kind: 'p'; readonly text: string; readonly heading?: 1 | 2 | 3 }
  | { readonly kind: 'table'; readonly rows: readonly RowSpec[]; readonly columns: number }
  | {
      readonly kind: 'tracked';
      readonly kept: string;
      readonly inserted: string;
      readonly deleted: string;
    };

export const p = (text: string): BlockSpec => ({ kind: 'p', text });
export const h1 = (text: string): BlockSpec => ({ kind: 'p', text, heading: 1 });
export const h2 = (text: string): BlockSpec => ({ kind: 'p', text, heading: 2 });

/** A table; `columns` is the grid width (defaults to the widest row). */
export function table(rows: readonly RowSpec[], columns?: number): BlockSpec {
  const widest = Math.max(
    ...rows.map((r) =>
      r.cells.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0),
    ),
  );
  return { kind: 'table', rows, columns: columns ?? widest };
}

export const row = (...cells: (string | CellSpec)[]): RowSpec => ({ cells });
export const headerRow = (...cells: (string | CellSpec)[]): RowSpec => ({ cells, header: true });

function paragraphs(text: string | readonly string[]): docx.Paragraph[] {
  const list = typeof text === 'string' ? text.split('\n') : text;
  return list.map((t) => new docx.Paragraph({ children: [new docx.TextRun(t)] }));
}

function renderTable(spec: Extract<BlockSpec, { kind: 'table' }>): docx.Table {
  const width = Math.floor(14000 / spec.columns);
  return new docx.Table({
    columnWidths: Array.from({ length: spec.columns }, () => width),
    rows: spec.rows.map(
      (r) =>
        new docx.TableRow({
          ...(r.header ? { tableHeader: true } : {}),
          children: r.cells.map((c) => {
            const cell = typeof c === 'string' ? { text: c } : c;
            return new docx.TableCell({
              children: cell.tracked ? [trackedParagraph(cell.tracked)] : paragraphs(cell.text),
              ...(cell.span ? { columnSpan: cell.span } : {}),
              ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
            });
          }),
        }),
    ),
  });
}

function trackedParagraph(t: { kept: string; inserted: string; deleted: string }): docx.Paragraph {
  const by = { author: 'Assessor', date: '2016-03-10T10:00:00Z' };
  return new docx.Paragraph({
    children: [
      new docx.TextRun(t.kept),
      new docx.InsertedTextRun({ text: t.inserted, id: 1, ...by }),
      new docx.DeletedTextRun({ text: t.deleted, id: 2, ...by }),
    ],
  });
}

function render(block: BlockSpec): docx.Paragraph | docx.Table {
  switch (block.kind) {
    case 'p':
      return new docx.Paragraph({
        ...(block.heading
          ? {
              heading: [
                docx.HeadingLevel.HEADING_1,
                docx.HeadingLevel.HEADING_2,
                docx.HeadingLevel.HEADING_3,
              ][block.heading - 1],
            }
          : {}),
        children: [new docx.TextRun(block.text)],
      });
    case 'table':
      return renderTable(block);
    case 'tracked':
      return trackedParagraph(block);
  }
}

/** The .docx bytes of the blocks, landscape, with optional custom properties. */
export async function buildDocx(
  blocks: readonly BlockSpec[],
  properties: readonly { name: string; value: string }[] = [],
): Promise<Uint8Array> {
  const document = new docx.Document({
    creator: 'Certifying body template',
    customProperties: properties.map((x) => ({ ...x })),
    sections: [
      {
        properties: { page: { size: { orientation: docx.PageOrientation.LANDSCAPE } } },
        children: blocks.map(render),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toArrayBuffer(document));
}
