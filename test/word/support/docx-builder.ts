import * as docx from 'docx';
import JSZip from 'jszip';

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
  /**
   * WordprocessingML for the cell's content instead of `text` (paragraphs, content controls,
   * nested tables …; see word-xml.ts), written into the document as given.
   */
  readonly xml?: string;
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
    }
  /** Body-level WordprocessingML written as given (a content control around a table …). */
  | { readonly kind: 'xml'; readonly xml: string };

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

/** Raw XML waiting to replace its placeholder paragraph once the document is packed. */
class RawParts {
  readonly parts: string[] = [];

  placeholder(xml: string): docx.Paragraph {
    this.parts.push(xml);
    return new docx.Paragraph({ children: [new docx.TextRun(`@@RAW${this.parts.length}@@`)] });
  }

  /** Puts each part where its placeholder paragraph is. */
  apply(document: string): string {
    return this.parts.reduce((xml, part, i) => {
      const at = xml.indexOf(`@@RAW${i + 1}@@`);
      const start = xml.lastIndexOf('<w:p>', at);
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      if (at < 0 || start < 0) throw new Error(`placeholder ${i + 1} not found`);
      return xml.slice(0, start) + part + xml.slice(end);
    }, document);
  }
}

function paragraphs(text: string | readonly string[]): docx.Paragraph[] {
  const list = typeof text === 'string' ? text.split('\n') : text;
  return list.map((t) => new docx.Paragraph({ children: [new docx.TextRun(t)] }));
}

function renderTable(spec: Extract<BlockSpec, { kind: 'table' }>, raw: RawParts): docx.Table {
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
              children: cell.xml
                ? [raw.placeholder(cell.xml)]
                : cell.tracked
                  ? [trackedParagraph(cell.tracked)]
                  : paragraphs(cell.text),
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

function render(block: BlockSpec, raw: RawParts): docx.Paragraph | docx.Table {
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
      return renderTable(block, raw);
    case 'tracked':
      return trackedParagraph(block);
    case 'xml':
      return raw.placeholder(block.xml);
  }
}

/** The .docx bytes of the blocks, landscape, with optional custom properties and page footer. */
export async function buildDocx(
  blocks: readonly BlockSpec[],
  properties: readonly { name: string; value: string }[] = [],
  options: { readonly footer?: readonly string[] } = {},
): Promise<Uint8Array> {
  const raw = new RawParts();
  const footer = options.footer;
  const document = new docx.Document({
    creator: 'Certifying body template',
    customProperties: properties.map((x) => ({ ...x })),
    sections: [
      {
        properties: { page: { size: { orientation: docx.PageOrientation.LANDSCAPE } } },
        ...(footer
          ? { footers: { default: new docx.Footer({ children: paragraphs(footer) }) } }
          : {}),
        children: blocks.map((b) => render(b, raw)),
      },
    ],
  });
  const bytes = new Uint8Array(await docx.Packer.toArrayBuffer(document));
  if (raw.parts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', raw.apply(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
