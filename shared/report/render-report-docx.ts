import { COLOURS } from '../export/xlsx/workbook-styles';
import type { WordBlock, WordCell, WordDocSpec, WordTable } from '../word/export/spec';
import { cell, labelTable, lines, paragraph, titleRow } from '../word/export/spec-helpers';
import type { ReportBlock, ReportCell, ReportSpec } from './spec';

/**
 * The assessment report as a Word document spec, drawn from the same report spec as the PDF;
 * render it with `renderWordDocument` (shared/word/export/render-docx.ts, the `docx` library).
 */

/** Fill and text colour of a verdict word, as the PDF and the workbook colour them. */
const MARK_SHADES: Readonly<Record<string, readonly [string, string]>> = {
  Yes: [COLOURS.cpFill, COLOURS.cpText],
  No: [COLOURS.ncFill, COLOURS.ncText],
  Incomplete: [COLOURS.pFill, COLOURS.pText],
};

function wordCell(c: ReportCell): WordCell {
  const shade = c.mark ? MARK_SHADES[c.text] : undefined;
  const main = cell(c.text, {
    ...(c.bold || c.mark ? { bold: true } : {}),
    ...(c.align === 'center' ? { center: true } : {}),
    ...(shade ? { shade: shade[0], color: shade[1] } : {}),
  });
  if (c.detail === undefined) return main;
  return {
    ...main,
    paragraphs: [...main.paragraphs, ...lines(c.detail, { italic: true, color: COLOURS.grey })],
  };
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): WordTable {
  return {
    kind: 'table',
    widths: block.widths,
    rows: [titleRow(block.headers), ...block.rows.map((r) => ({ cells: r.map(wordCell) }))],
  };
}

function wordBlocks(block: ReportBlock): WordBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return block.tone === 'note'
        ? lines(block.text, { italic: true, color: COLOURS.grey })
        : lines(block.text);
    case 'list':
      return block.items.map((item) => paragraph(`•\u00a0${item}`));
    case 'facts':
      return [labelTable(block.rows, [30, 70])];
    case 'subheading':
      return [paragraph(block.text, 'heading2')];
    case 'table':
      return [table(block)];
  }
}

/** The Word document spec of a built report. */
export function reportWordSpec(spec: ReportSpec): WordDocSpec {
  const { frame } = spec;
  const blocks: WordBlock[] = [
    paragraph(spec.title, 'title'),
    paragraph(spec.subtitle, 'subtitle'),
    ...spec.sections.flatMap((section) => [
      paragraph(section.heading, 'heading1'),
      ...section.blocks.flatMap(wordBlocks),
    ]),
  ];
  return {
    title: spec.title,
    creator: frame.generator,
    description: `${spec.subtitle}. Generated ${frame.generatedText} by ${frame.generator}.`,
    properties: [
      { name: 'Organisation', value: frame.organisation },
      { name: 'Reference', value: frame.reference },
      { name: 'Stage', value: spec.stageLabel },
    ],
    pageHeader: `${frame.organisation} · Reference ${frame.reference} · ${spec.title} · ${spec.stageLabel}`,
    pageFooter: `${frame.footer} · Generated ${frame.generatedText}`,
    pageFooterLines: frame.certifyingBodyLines,
    sections: [{ orientation: 'portrait', blocks }],
  };
}
