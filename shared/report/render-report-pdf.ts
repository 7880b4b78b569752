import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { GRID, headerCells, markCell, reportFrame, rowsFitOnPage } from '../export/pdf/pdf-common';
import type { ReportBlock, ReportCell, ReportSpec } from './spec';

/**
 * The assessment report as a pdfmake document definition, drawn from the report spec with the
 * other reports' page furniture (pdf-common: A4, DejaVu Sans, header of organisation and stage,
 * footer with the template's words, the date generated and "Page x of n"). Render it with
 * `renderPdf` (shared/export/pdf/render-pdf.ts).
 */

const FONT_SIZE = 9.5;
/** Portrait A4 content area in points (595 × 842 less margins). */
const CONTENT_WIDTH = 595 - 60;
const CONTENT_HEIGHT = 842 - 44 - 36;
const LABEL_WIDTH = 150;

function fits(texts: readonly string[], width: number): boolean {
  return rowsFitOnPage([texts], [width], FONT_SIZE, CONTENT_HEIGHT);
}

function cellOf(cell: ReportCell, fontSize = FONT_SIZE): TableCell {
  if (cell.mark) return { ...markCell(cell.text, fontSize), alignment: cell.align ?? 'center' };
  const main = { text: cell.text, ...(cell.bold ? { bold: true } : {}) };
  if (cell.detail === undefined) return { ...main, alignment: cell.align ?? 'left' };
  return { stack: [main, { text: cell.detail, style: 'small' }] };
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): Content {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const padding = block.widths.length * 9;
  const widths = block.widths.map((w) => ((CONTENT_WIDTH - padding) * w) / total);
  const texts = block.rows.map((r) => r.map((c) => `${c.text}\n${c.detail ?? ''}`));
  return {
    layout: GRID,
    margin: [0, 2, 0, 8],
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: rowsFitOnPage(texts, widths, FONT_SIZE, CONTENT_HEIGHT),
      widths,
      body: [headerCells(block.headers), ...block.rows.map((r) => r.map((c) => cellOf(c)))],
    },
  };
}

function facts(rows: readonly (readonly [string, string])[]): Content {
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - 18;
  return {
    layout: GRID,
    margin: [0, 2, 0, 8],
    table: {
      widths: [LABEL_WIDTH, '*'],
      // pdfmake drops an unbreakable row taller than a page: keep rows whole only when short.
      dontBreakRows: rowsFitOnPage(
        rows.map(([l, v]) => [l, v]),
        [LABEL_WIDTH, valueWidth],
        FONT_SIZE,
        CONTENT_HEIGHT,
      ),
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
    },
  };
}

function blockContent(block: ReportBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return block.tone === 'note'
        ? { text: block.text, style: 'note', margin: [0, 0, 0, 6] }
        : { text: block.text, margin: [0, 0, 0, 6] };
    case 'list':
      return { ul: [...block.items], margin: [0, 0, 0, 6] };
    case 'facts':
      return facts(block.rows);
    case 'subheading':
      return { text: block.text, style: 'h2' };
    case 'table':
      return table(block);
  }
}

/** The text a block prints, to judge whether it fits beside its heading. */
function textOf(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'facts':
      return block.rows.map((r) => r.join(' ')).join('\n');
    case 'table':
      return block.rows
        .slice(0, 1)
        .map((r) => r.map((c) => c.text).join(' '))
        .join('\n');
  }
}

/**
 * Blocks as pdfmake content, keeping each heading with the block that follows it (and a
 * development point's heading with its statement and texts), so no heading is left alone at
 * the foot of a page — when the group is short enough to move as one (pdfmake drops an
 * unbreakable block taller than a page).
 */
function flow(heading: Content, blocks: readonly ReportBlock[]): Content[] {
  const out: Content[] = [];
  let group: { items: Content[]; text: string } | null = { items: [heading], text: '' };
  const close = (): void => {
    if (!group) return;
    if (group.items.length > 1 && fits([group.text], CONTENT_WIDTH)) {
      out.push({ stack: group.items, unbreakable: true });
    } else out.push(...group.items);
    group = null;
  };
  for (const block of blocks) {
    const content = blockContent(block);
    if (block.kind === 'subheading') {
      close();
      group = { items: [content], text: block.text };
      continue;
    }
    if (!group) {
      out.push(content);
      continue;
    }
    group.items.push(content);
    group.text = `${group.text}\n${textOf(block)}`;
    const statement =
      group.items.length === 2 && block.kind === 'paragraph' && block.tone === 'note';
    if (!statement) close();
  }
  close();
  return out;
}

/** The document definition of a built report. */
export function reportPdfDefinition(spec: ReportSpec): TDocumentDefinitions {
  const content: Content[] = [
    { text: spec.title, style: 'title' },
    { text: spec.subtitle, style: 'subtitle' },
  ];
  for (const section of spec.sections) {
    content.push(...flow({ text: section.heading, style: 'h1' }, section.blocks));
  }
  return reportFrame(spec.frame, spec.title, spec.stageLabel, 'portrait', content, FONT_SIZE);
}
