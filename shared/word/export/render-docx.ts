import type * as Docx from 'docx';
import type {
  WordBlock,
  WordCell,
  WordDocSpec,
  WordParagraph,
  WordSection,
  WordTable,
} from './spec';

/** The `docx` library, passed in by the edge: `await import('docx')`. */
export type DocxModule = typeof Docx;

/** A4 in twips (1/1440 inch), with 1.5 cm margins (room for the header pages on one page). */
const PAGE = { width: 11906, height: 16838, margin: 850 } as const;
const FONT = 'Arial';

function textWidth(section: WordSection): number {
  const across = section.orientation === 'portrait' ? PAGE.width : PAGE.height;
  return across - 2 * PAGE.margin;
}

function renderParagraph(docx: DocxModule, p: WordParagraph): Docx.Paragraph {
  const heading = {
    title: docx.HeadingLevel.TITLE,
    subtitle: docx.HeadingLevel.HEADING_3,
    heading1: docx.HeadingLevel.HEADING_1,
    heading2: docx.HeadingLevel.HEADING_2,
    heading3: docx.HeadingLevel.HEADING_3,
    body: undefined,
  }[p.style];
  return new docx.Paragraph({
    ...(heading ? { heading } : {}),
    ...(p.align === 'center' ? { alignment: docx.AlignmentType.CENTER } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    spacing: p.style === 'body' ? { after: 40 } : undefined,
    children: p.runs.map(
      (r) =>
        new docx.TextRun({
          text: r.text,
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italics: true } : {}),
          ...(r.color ? { color: r.color } : {}),
        }),
    ),
  });
}

function renderCell(docx: DocxModule, c: WordCell, width: number): Docx.TableCell {
  return new docx.TableCell({
    children: c.paragraphs.map((p) => renderParagraph(docx, p)),
    width: { size: width, type: docx.WidthType.DXA },
    margins: { top: 20, bottom: 20, left: 80, right: 80 },
    ...(c.span ? { columnSpan: c.span } : {}),
    ...(c.shade ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: c.shade } } : {}),
  });
}

function renderTable(docx: DocxModule, t: WordTable, available: number): Docx.Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w / total) * available));
  return new docx.Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    rows: t.rows.map((row) => {
      let grid = 0;
      return new docx.TableRow({
        ...(row.header ? { tableHeader: true } : {}),
        children: row.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(grid, grid + span).reduce((a, b) => a + b, 0);
          grid += span;
          return renderCell(docx, c, width);
        }),
      });
    }),
  });
}

function renderBlocks(
  docx: DocxModule,
  blocks: readonly WordBlock[],
  width: number,
): (Docx.Paragraph | Docx.Table)[] {
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') out.push(renderParagraph(docx, block));
    else {
      out.push(renderTable(docx, block, width));
      // Word needs a paragraph between tables, or it joins them into one.
      out.push(new docx.Paragraph({ spacing: { after: 60 }, children: [] }));
    }
  }
  return out;
}

function footer(docx: DocxModule, spec: WordDocSpec, width: number): Docx.Footer {
  return new docx.Footer({
    children: [
      new docx.Paragraph({
        tabStops: [{ type: docx.TabStopType.RIGHT, position: width }],
        children: [
          new docx.TextRun({ text: spec.pageFooter, bold: true, size: 16 }),
          new docx.TextRun({
            size: 16,
            children: ['\tPage ', docx.PageNumber.CURRENT, ' of ', docx.PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
      ...(spec.pageFooterLines ?? []).map(
        (line) =>
          new docx.Paragraph({
            alignment: docx.AlignmentType.CENTER,
            children: [new docx.TextRun({ text: line, size: 14, color: '595959' })],
          }),
      ),
    ],
  });
}

function header(docx: DocxModule, spec: WordDocSpec): Docx.Header {
  return new docx.Header({
    children: [
      new docx.Paragraph({
        children: [new docx.TextRun({ text: spec.pageHeader, size: 16, color: '595959' })],
      }),
    ],
  });
}

/** The document as .docx bytes, through the `docx` library passed in. */
export async function renderWordDocument(spec: WordDocSpec, docx: DocxModule): Promise<Uint8Array> {
  const document = new docx.Document({
    creator: spec.creator,
    title: spec.title,
    description: spec.description,
    customProperties: spec.properties.map((p) => ({ name: p.name, value: p.value })),
    styles: {
      default: {
        document: { run: { font: FONT, size: 18 } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F3864' } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 22, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading3: { run: { font: FONT, size: 26, color: '2F5496' } },
      },
    },
    sections: spec.sections.map((section) => {
      const width = textWidth(section);
      return {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation:
                section.orientation === 'landscape'
                  ? docx.PageOrientation.LANDSCAPE
                  : docx.PageOrientation.PORTRAIT,
            },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              // The page header and footer sit in the margins, clear of the text.
              header: PAGE.margin / 2,
              footer: PAGE.margin / 2,
            },
          },
        },
        headers: { default: header(docx, spec) },
        footers: { default: footer(docx, spec, width) },
        children: renderBlocks(docx, section.blocks, width),
      };
    }),
  });
  return new Uint8Array(await docx.Packer.toArrayBuffer(document));
}
