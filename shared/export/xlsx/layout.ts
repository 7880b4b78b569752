import type { CatalogueCriterion } from '../../catalogue/catalogue';
import type { EntryTextField } from '../../types/record';
import { charIn, trimEndWhere, trimStartWhere } from '../../types/trim';

const isApostrophe = charIn("'");

/**
 * The layout of a criterion sheet, shared by the builder and the importer so that the two can
 * never disagree: one header row, then per sub-criterion a heading row and one row per element.
 */

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;
/** Excel's limit on a sheet name. */
export const SHEET_NAME_LIMIT = 31;

/** What a column of a criterion sheet holds. */
export type CriterionColumnKey =
  | 'element'
  | 'statement'
  | EntryTextField
  | 'linkedEvidence'
  | 'verifiedOnSite'
  | 'dtrMark'
  | 'finalMark';

export interface CriterionColumn {
  readonly key: CriterionColumnKey;
  /** The header text; the importer checks it to notice moved columns. */
  readonly header: string;
  readonly width: number;
}

/**
 * Columns A to K of a criterion sheet, in order (workbook format 2). "Linked evidence" lists the
 * documents linked to each element in the evidence library; it is informational: the importer
 * checks its heading but never reads its cells.
 */
export const CRITERION_COLUMNS: readonly CriterionColumn[] = [
  { key: 'element', header: 'Element', width: 8 },
  { key: 'statement', header: 'Statement', width: 34 },
  { key: 'deskTopEvidence', header: 'Desk-top evidence', width: 50 },
  { key: 'linkedEvidence', header: 'Linked evidence', width: 32 },
  { key: 'keyQuestions', header: 'Key questions / person asked', width: 26 },
  { key: 'visitEvidence', header: 'Visit day(s) evidence', width: 30 },
  { key: 'verifiedOnSite', header: 'VO', width: 5 },
  { key: 'dtrMark', header: 'DTR result', width: 8 },
  { key: 'finalMark', header: 'Visit (final) result', width: 9 },
  { key: 'cpJustification', header: 'CP justification', width: 30 },
  { key: 'developmentNote', header: 'Development point', width: 30 },
];

/** Columns A to J of workbook format 1, made before "Linked evidence" was added. */
const CRITERION_COLUMNS_V1: readonly CriterionColumn[] = CRITERION_COLUMNS.filter(
  (c) => c.key !== 'linkedEvidence',
);

/**
 * The columns of a criterion sheet in a workbook of `formatVersion` (from its `_fieldbook`
 * sheet), so that workbooks exported before "Linked evidence" was added still import.
 */
export function criterionColumnsFor(formatVersion: number): readonly CriterionColumn[] {
  return formatVersion < 2 ? CRITERION_COLUMNS_V1 : CRITERION_COLUMNS;
}

/** 1-based column number of a key in a criterion sheet (0 when `columns` lack it). */
export function criterionColumn(
  key: CriterionColumnKey,
  columns: readonly CriterionColumn[] = CRITERION_COLUMNS,
): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

/** The text written in column A of a continuation row: "1.1.1 continued". */
export function continuationLabel(element: string): string {
  return `${element} continued`;
}

/** Reads a continuation label back; `null` when the text is not one. */
export function continuationOf(text: string): string | null {
  const match = /^(\d+(?:\.\d+)+) continued$/.exec(text.trim());
  return match?.[1] ?? null;
}

const FORBIDDEN_IN_SHEET_NAMES = /[:\\/?*[\]]/g;

/**
 * A legal sheet name: forbidden characters (: \ / ? * [ ]) replaced by "-", no leading or
 * trailing apostrophe, at most 31 characters — cut at a word boundary with "…" where possible.
 */
export function safeSheetName(text: string): string {
  const spaced = text.replace(FORBIDDEN_IN_SHEET_NAMES, '-').trim();
  // No leading or trailing apostrophes (trimmed by index: /'+$/ is quadratic on "''''…x").
  const clean = trimEndWhere(trimStartWhere(spaced, isApostrophe), isApostrophe).trim();
  if (clean.length <= SHEET_NAME_LIMIT) return clean || 'Sheet';
  const room = clean.slice(0, SHEET_NAME_LIMIT - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= SHEET_NAME_LIMIT * 0.6 ? room.slice(0, space) : room;
  return `${cut.trimEnd()}…`;
}

/** "1 Customer Insight", "2 The Culture of the…": the sheet of a criterion. */
export function criterionSheetName(criterion: CatalogueCriterion): string {
  return safeSheetName(`${criterion.number} ${criterion.name}`);
}

/**
 * Splits text into pieces that each fit one cell. Nothing is lost: joining the pieces gives the
 * text back. Pieces end after a line break or a space where one is near the limit, and never
 * inside a surrogate pair.
 */
export function splitForCells(text: string, limit: number = EXCEL_CELL_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let end = limit;
    const window = rest.slice(0, limit);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    const soft = Math.max(newline, space);
    if (soft >= limit * 0.9) end = soft + 1;
    const code = rest.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/** Points per line of 10 pt text, with leading. */
const LINE_HEIGHT = 12.75;
/** Excel's largest row height in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * A row height that shows all of the wrapped text (estimated from character counts, erring on
 * the tall side), because Excel does not grow rows to fit text written by a program.
 */
export function estimateRowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const width = widths[i] ?? 10;
    const perLine = Math.max(1, Math.floor(width * 1.25));
    const count = text
      .split('\n')
      .reduce((sum, para) => sum + Math.max(1, Math.ceil(para.length / perLine)), 0);
    lines = Math.max(lines, text === '' ? 1 : count);
  });
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 4));
}
