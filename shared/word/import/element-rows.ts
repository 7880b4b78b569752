import type { Catalogue } from '../../catalogue/catalogue';
import type { DocRow, DocTable } from '../read/doc-model';
import { leadingElementNumber, matchKey } from '../text';
import { rowElement } from './column-stats';
import { isHeaderText, readHeaderText } from './header-words';

/**
 * Telling the rows of an element table apart: captions ("1.2 Engagement and Consultation",
 * also split over cells by a scanner), header rows (at the top and repeated after page
 * breaks), and data rows (an element's row or its continuation).
 */

/** "Criterion 1 — Customer Insight", "1.1 Customer Identification", "Customer Insight". */
export function isCatalogueCaption(text: string, catalogue: Catalogue): boolean {
  const key = matchKey(text);
  if (/^(?:criterion\s*)?\d(?:\.\d{1,2})?\.?$/.test(key)) return true;
  const bare = (t: string): string => t.replace(/^the /, '');
  const name = bare(key.replace(/^(?:criterion\s*)?\d(?:\.\d{1,2})?\.?\s*[-:]?\s*/, ''));
  return catalogue.criteria.some(
    (c) =>
      bare(matchKey(c.name)) === name || c.subCriteria.some((s) => bare(matchKey(s.name)) === name),
  );
}

function filled(row: DocRow): string[] {
  return row.cells
    .filter((c) => c.vMerge !== 'continue' && c.text.trim() !== '')
    .map((c) => c.text.trim());
}

/**
 * A caption row: it starts with a sub-criterion's number ("1.2 Engagement and c | onsultation")
 * or names a criterion or sub-criterion ("Criterion 1 – Customer Insight"), and starts no element.
 */
export function isCaptionRow(row: DocRow, catalogue: Catalogue): boolean {
  const texts = filled(row);
  const first = texts[0];
  // A caption is a few words: a row of evidence is not one (and is long to compare).
  if (first === undefined || texts.reduce((n, t) => n + t.length, 0) > 200) return false;
  if (rowElement(row, catalogue) !== null) return false;
  const number = /^(\d)\s*\.\s*(\d{1,2})(?![\d.])/.exec(matchKey(first));
  if (number && first.length <= 100) {
    const id = `${number[1]}.${number[2]}`;
    if (catalogue.criteria.some((c) => c.subCriteria.some((s) => s.id === id))) return true;
  }
  return isCatalogueCaption(texts.join(' '), catalogue) || isCatalogueCaption(first, catalogue);
}

/**
 * A header row: at least two of its filled cells, and most, read as column headers, and none is
 * long text (a continuation row such as "| Statement of Service for employers |" is data).
 */
export function isHeaderRow(row: DocRow, catalogue: Catalogue): boolean {
  const texts = filled(row);
  if (texts.length === 0 || rowElement(row, catalogue) !== null) return false;
  if (texts.some((t) => t.length > 80)) return false;
  const headers = texts.filter(isHeaderText).length;
  return headers >= 2 && headers * 2 >= texts.length;
}

/** Rows at the top of a table before its data: captions and header rows. */
export function headerRowCount(table: DocTable, catalogue: Catalogue): number {
  let at = 0;
  while (at < table.rows.length) {
    const row = table.rows[at]!;
    if (!isCaptionRow(row, catalogue) && !isHeaderRow(row, catalogue)) break;
    at += 1;
  }
  return at;
}

/**
 * The header text of each grid column: the texts of the header rows above it, top to bottom,
 * without captions; `shown` is the part to show in the preview.
 */
export function columnHeaders(
  table: DocTable,
  rows: number,
  catalogue: Catalogue,
): { all: string[]; shown: string[] } {
  const all = Array.from({ length: table.gridColumns }, () => [] as string[]);
  for (const row of table.rows.slice(0, rows)) {
    const caption = isCaptionRow(row, catalogue);
    const cells = row.cells.filter((c) => c.vMerge !== 'continue' && c.text.trim() !== '');
    cells.forEach((cell, i) => {
      if (caption && i === 0) return;
      const text = cell.text.replace(/\s+/g, ' ').trim();
      for (let g = cell.gridStart; g < cell.gridStart + cell.span && g < all.length; g += 1) {
        all[g]!.push(text);
      }
    });
  }
  return { all: all.map((t) => t.join(' ')), shown: all.map(shownHeader) };
}

/**
 * The header to show for a column: the lowest piece that says on its own what the whole says,
 * else the pieces that say something, else everything ("A Visit" over "Result").
 */
function shownHeader(pieces: readonly string[]): string {
  const whole = readHeaderText(pieces.join(' '));
  const same = pieces.filter((t) => readHeaderText(t) === whole);
  if (same.length > 0) return same[same.length - 1]!;
  const some = pieces.filter(isHeaderText);
  return (some.length > 0 ? some : pieces).join(' ');
}

/** True when some row of the table starts with an element number (in any cell of its first two). */
export function hasElementRows(table: DocTable): boolean {
  return table.rows.some((r) =>
    filled(r)
      .slice(0, 2)
      .some((t) => leadingElementNumber(t) !== null),
  );
}
