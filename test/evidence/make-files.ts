// Test documents made on the fly: PDFs with pdfmake (DejaVu Sans from resources/fonts, as the
// exports use) and Word documents with the `docx` package, so that extraction is tested on real
// files of each kind.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfMakeLike } from '../../shared/export/pdf/render-pdf';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { loadReportFonts } from '../../src-cli/fonts';

/** One page of a test PDF: an optional heading (set large, as a heading) and paragraphs. */
export interface PdfPage {
  readonly heading?: string;
  readonly paragraphs: readonly string[];
}

/** A PDF with one page per item (page breaks between them). */
export async function makePdf(pages: readonly PdfPage[]): Promise<Uint8Array> {
  const pdfmake = (await import('pdfmake')).default as unknown as PdfMakeLike;
  const fonts = await loadReportFonts();
  const content: unknown[] = [];
  pages.forEach((page, i) => {
    const blocks: unknown[] = [];
    if (page.heading)
      blocks.push({ text: page.heading, fontSize: 16, bold: true, margin: [0, 0, 0, 8] });
    for (const p of page.paragraphs) blocks.push({ text: p, fontSize: 10, margin: [0, 0, 0, 8] });
    content.push({ stack: blocks, ...(i < pages.length - 1 ? { pageBreak: 'after' } : {}) });
  });
  const definition = { content, pageSize: 'A4' } as unknown as TDocumentDefinitions;
  return renderPdf(definition, { pdfmake, fonts });
}

/** A PDF whose only content is a drawn rectangle: pages without any text, like a scan. */
export async function makeImageOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const pdfmake = (await import('pdfmake')).default as unknown as PdfMakeLike;
  const fonts = await loadReportFonts();
  const content = Array.from({ length: pageCount }, (_, i) => ({
    canvas: [{ type: 'rect', x: 0, y: 0, w: 300, h: 400, color: '#888888' }],
    ...(i < pageCount - 1 ? { pageBreak: 'after' } : {}),
  }));
  return renderPdf({ content } as unknown as TDocumentDefinitions, { pdfmake, fonts });
}

/** A section of a test Word document: a heading (Heading 1 or 2) and its paragraphs. */
export interface DocxSection {
  readonly heading: string;
  readonly level?: 1 | 2;
  readonly paragraphs: readonly string[];
}

/** A .docx made with the `docx` package, headings as Word heading styles. */
export async function makeDocx(
  title: string,
  sections: readonly DocxSection[],
): Promise<Uint8Array> {
  const { Document, HeadingLevel, Packer, Paragraph } = await import('docx');
  const children = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const section of sections) {
    children.push(
      new Paragraph({
        text: section.heading,
        heading: section.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
      }),
    );
    for (const p of section.paragraphs) children.push(new Paragraph({ text: p }));
  }
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
