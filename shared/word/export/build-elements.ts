import type { Catalogue, CatalogueSubCriterion } from '../../catalogue/catalogue';
import type { ElementId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { ElementEntry } from '../../types/record';
import { ELEMENT_COLUMN_TITLES } from '../layout-text';
import { startsWithVo } from '../marks-text';
import type { WordCell, WordRow, WordTable } from './spec';
import { SHADES, cell, lines, paragraph, titleRow } from './spec-helpers';

/** Column widths of an element table: element, evidence, questions, visit evidence, DTR, visit. */
const WIDTHS = [21, 29, 17, 19, 7, 7];
/** With a "previous result" column after the element. */
const WIDTHS_WITH_PREVIOUS = [18, 8, 25, 16, 19, 7, 7];

/**
 * The visit evidence as the layout writes it: "VO" leads when the evidence was verified on site
 * (the import reads the tick from that lead).
 */
export function visitEvidenceText(entry: ElementEntry): string {
  if (!entry.verifiedOnSite || startsWithVo(entry.visitEvidence)) return entry.visitEvidence;
  return entry.visitEvidence === '' ? 'VO' : `VO\n${entry.visitEvidence}`;
}

function markCell(mark: MaybeMark): WordCell {
  return cell(mark ?? '', { bold: true, center: true });
}

function elementCell(id: ElementId, catalogue: Catalogue): WordCell {
  const statement = catalogue.byId.get(id)?.statement ?? '';
  return { paragraphs: [paragraph(id, 'body', { bold: true }), ...lines(statement)] };
}

/** One element's row: number and statement, evidence, questions, visit evidence, both marks. */
export function elementRow(
  entry: ElementEntry,
  catalogue: Catalogue,
  previous?: MaybeMark,
): WordRow {
  return {
    cells: [
      elementCell(entry.element, catalogue),
      ...(previous === undefined ? [] : [markCell(previous)]),
      cell(entry.deskTopEvidence),
      cell(entry.keyQuestions),
      cell(visitEvidenceText(entry)),
      markCell(entry.dtrMark),
      markCell(entry.finalMark),
    ],
  };
}

/** The column titles of an element table, as a repeated header row. */
export function elementTitleRow(withPrevious: boolean): WordRow {
  const t = ELEMENT_COLUMN_TITLES;
  return titleRow([
    t.element,
    ...(withPrevious ? [t.previous] : []),
    t.deskTopEvidence,
    t.keyQuestions,
    t.visitEvidence,
    t.dtrMark,
    t.finalMark,
  ]);
}

/** The table of one sub-criterion: its caption and column titles repeat on every page. */
export function subCriterionTable(
  sub: CatalogueSubCriterion,
  entry: (id: ElementId) => ElementEntry,
  catalogue: Catalogue,
): WordTable {
  return {
    kind: 'table',
    widths: WIDTHS,
    rows: [
      {
        header: true,
        cells: [
          cell(`${sub.id} ${sub.name}`, { bold: true, shade: SHADES.caption, span: WIDTHS.length }),
        ],
      },
      elementTitleRow(false),
      ...sub.elements.map((e) => elementRow(entry(e.id), catalogue)),
    ],
  };
}

/** The scores changed at a surveillance: full rows with the previous final mark. */
export function changesTable(
  entries: readonly ElementEntry[],
  previous: (id: ElementId) => MaybeMark,
  catalogue: Catalogue,
): WordTable {
  return {
    kind: 'table',
    widths: WIDTHS_WITH_PREVIOUS,
    rows: [
      elementTitleRow(true),
      ...entries.map((e) => elementRow(e, catalogue, previous(e.element))),
    ],
  };
}
