import type { DocTable } from '../read/doc-model';
import { readMark } from '../marks-text';
import { leadingElementNumber } from '../text';
import type { ColumnKey } from './columns';
import type { TableLayout } from './table-shape';
import { filledCells } from './table-shape';

const TEXT_COLUMNS: Readonly<Record<number, readonly ColumnKey[]>> = {
  0: [],
  1: ['deskTopEvidence'],
  2: ['deskTopEvidence', 'visitEvidence'],
  3: ['deskTopEvidence', 'keyQuestions', 'visitEvidence'],
};

function columnTexts(table: DocTable, from: number, g: number): string[] {
  return table.rows
    .slice(from)
    .flatMap((r) => r.cells.filter((c) => c.gridStart === g && c.vMerge !== 'continue'))
    .map((c) => c.text.trim())
    .filter((t) => t !== '');
}

/** True when (nearly) every filled cell of the column reads as a mark; empty columns count. */
function looksLikeMarks(texts: readonly string[]): boolean {
  if (texts.length === 0) return true;
  const marks = texts.filter((t) => t.length <= 24 && readMark(t).kind !== 'unknown').length;
  return marks / texts.length >= 0.8;
}

/**
 * Columns of an element table that has no header row, guessed from its shape: the element
 * first (and the statement next when the first column holds bare numbers), the trailing
 * mark-like columns as DTR and visit results, the columns between as desk-top evidence, key
 * questions and visit evidence in the layout's order.
 */
export function positionalLayout(table: DocTable, firstDataRow: number): TableLayout {
  const n = table.gridColumns;
  const columns = new Map<number, ColumnKey>([[0, 'element']]);
  const firstTexts = columnTexts(table, firstDataRow, 0);
  const bare = firstTexts.filter((t) => leadingElementNumber(t)?.rest === '').length;
  let start = 1;
  if (n > 2 && firstTexts.length > 0 && bare / firstTexts.length >= 0.5) {
    columns.set(1, 'element');
    start = 2;
  }
  const marks: number[] = [];
  for (let g = n - 1; g >= start && marks.length < 2; g -= 1) {
    if (!looksLikeMarks(columnTexts(table, firstDataRow, g))) break;
    marks.unshift(g);
  }
  if (marks.length === 2) {
    columns.set(marks[0]!, 'dtrMark');
    columns.set(marks[1]!, 'finalMark');
  } else if (marks.length === 1) columns.set(marks[0]!, 'finalMark');
  const middle: number[] = [];
  for (let g = start; g < (marks[0] ?? n); g += 1) middle.push(g);
  const names = TEXT_COLUMNS[Math.min(middle.length, 3)] ?? [];
  middle.slice(0, 3).forEach((g, i) => {
    const name = names[i];
    if (name) columns.set(g, name);
  });
  return { columns, titles: new Map(), firstDataRow, hasHeader: false };
}

/** True when some row of the table starts with an element number (in any cell of its first two). */
export function hasElementRows(table: DocTable): boolean {
  return table.rows.some((r) =>
    filledCells(r)
      .slice(0, 2)
      .some((c) => leadingElementNumber(c.text) !== null),
  );
}
