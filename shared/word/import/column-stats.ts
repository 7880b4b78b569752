import type { Catalogue } from '../../catalogue/catalogue';
import type { ElementId } from '../../types/ids';
import type { DocCell, DocRow } from '../read/doc-model';
import { readMark, startsWithVo } from '../marks-text';
import { leadingElementNumber, statementSimilarity } from '../text';

/** What the cells of one column of a layout's element rows hold, counted. */
export interface ColumnStats {
  /** Cells with text. */
  filled: number;
  /** Cells that read as a mark (CP, F, P, NC in any spelling the importer knows). */
  marks: number;
  /** Cells that say "no mark" ("N/A", "TBC"). */
  noMark: number;
  /** Cells that start with an element number of the standard. */
  elementNumbers: number;
  /** Cells that are only an element number. */
  bareNumbers: number;
  /** Cells that start with "VO" or point to the assessment report: visit-day notes. */
  visitNotes: number;
  /** Cells close to the statement of the element their row is about. */
  statements: number;
}

const EMPTY: ColumnStats = {
  filled: 0,
  marks: 0,
  noMark: 0,
  elementNumbers: 0,
  bareNumbers: 0,
  visitNotes: 0,
  statements: 0,
};

/** The cells of a row that start in each grid column (merged continuations left out). */
export function cellsByColumn(row: DocRow): Map<number, DocCell> {
  const out = new Map<number, DocCell>();
  for (const cell of row.cells) if (cell.vMerge !== 'continue') out.set(cell.gridStart, cell);
  return out;
}

/** The element of the standard a cell starts with, or `null`. */
export function knownElement(text: string, catalogue: Catalogue): ElementId | null {
  const lead = leadingElementNumber(text);
  const id = lead?.id as ElementId | undefined;
  return id !== undefined && catalogue.byId.has(id) ? id : null;
}

/** The element a row starts, from its first two filled cells; `null` for other rows. */
export function rowElement(row: DocRow, catalogue: Catalogue): ElementId | null {
  const filled = row.cells.filter((c) => c.vMerge !== 'continue' && c.text.trim() !== '');
  for (const cell of filled.slice(0, 2)) {
    const id = knownElement(cell.text, catalogue);
    if (id) return id;
  }
  return null;
}

const REPORT_NOTE = /^see (?:the )?(?:assessment )?report/i;

/**
 * Counts what the columns of a layout's data rows hold. `elementColumn` is the column where
 * element numbers stand (most often; the leftmost on a tie), `null` when no row has one.
 */
export function columnStats(
  rows: readonly DocRow[],
  columns: number,
  catalogue: Catalogue,
): { stats: ColumnStats[]; elementColumn: number | null; elementRows: number } {
  const stats = Array.from({ length: columns }, () => ({ ...EMPTY }));
  const rowIds: (ElementId | null)[] = [];
  for (const row of rows) {
    for (const [g, cell] of cellsByColumn(row)) {
      const s = stats[g];
      const text = cell.text.trim();
      if (!s || text === '') continue;
      s.filled += 1;
      const reading = text.length <= 24 ? readMark(text) : null;
      if (reading?.kind === 'mark') s.marks += 1;
      else if (reading?.kind === 'empty') s.noMark += 1;
      const lead = leadingElementNumber(text);
      if (lead && catalogue.byId.has(lead.id as ElementId)) {
        s.elementNumbers += 1;
        if (lead.rest.trim() === '') s.bareNumbers += 1;
      }
      if (startsWithVo(text) || REPORT_NOTE.test(text)) s.visitNotes += 1;
    }
    rowIds.push(rowElement(row, catalogue));
  }
  let elementColumn: number | null = null;
  stats.forEach((s, g) => {
    if (
      s.elementNumbers > 0 &&
      (elementColumn === null || s.elementNumbers > stats[elementColumn]!.elementNumbers)
    ) {
      elementColumn = g;
    }
  });
  // Only the column after the element numbers can hold the statements (see element-layout.ts).
  const next = elementColumn === null ? null : elementColumn + 1;
  rows.forEach((row, i) => {
    const id = rowIds[i];
    const statement = id ? catalogue.byId.get(id)?.statement : undefined;
    const cell = next === null ? undefined : cellsByColumn(row).get(next);
    if (!statement || !cell || next === null) return;
    const text = leadingElementNumber(cell.text)?.rest ?? cell.text;
    if (text.trim().length >= 20 && statementSimilarity(text, statement) >= 0.5) {
      stats[next]!.statements += 1;
    }
  });
  return { stats, elementColumn, elementRows: rowIds.filter((x) => x !== null).length };
}

/** True when the column holds marks: nearly every cell with text reads as one. */
export function holdsMarks(s: ColumnStats): boolean {
  const judged = s.filled - s.noMark;
  return s.marks > 0 && s.marks >= 0.8 * judged && (judged >= 3 || s.marks === judged);
}
