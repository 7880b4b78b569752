import type { Workbook, Worksheet } from 'exceljs';
import type { Catalogue, CatalogueCriterion } from '../../catalogue/catalogue';
import { EXCHANGE_LIMITS } from '../../exchange/limits';
import type { ElementId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { ElementEntry, EntryTextField } from '../../types/record';
import { ENTRY_TEXT_FIELDS } from '../../types/record';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import type { CriterionColumn, CriterionColumnKey } from './layout';
import { continuationOf, criterionColumn, criterionSheetName } from './layout';
import {
  MARK_EXPECTED,
  VO_EXPECTED,
  cellText,
  parseMarkText,
  parseVerifiedText,
} from './read-cells';
import { columnLetter } from './spec';

const ELEMENT_ID = /^\d+\.\d+\.\d+$/;
/**
 * Rows with values read on one criterion sheet: an element's long texts continue over a few
 * rows each, so a real sheet has a few hundred.
 */
export const MAX_SHEET_ROWS = 5_000;
const SUB_CRITERION_HEADING = /^\d+\.\d+(?:\s|$)/;

/** A criterion sheet being read: the worksheet and the columns of its workbook's format. */
interface SheetLayout {
  readonly sheet: Worksheet;
  readonly columns: readonly CriterionColumn[];
}

/** An element's values while its rows are read (texts grow over continuation rows). */
interface Draft {
  readonly element: ElementId;
  readonly row: number;
  texts: Record<EntryTextField, string>;
  verifiedOnSite: boolean;
  dtrMark: MaybeMark;
  finalMark: MaybeMark;
}

/** Reads one cell as text; pushes a problem and gives `null` for error values. */
function textAt(
  { sheet, columns }: SheetLayout,
  row: number,
  key: CriterionColumnKey,
  problems: string[],
): string | null {
  const column = criterionColumn(key, columns);
  const text = cellText(sheet.getRow(row).getCell(column).value);
  if (text === null) {
    problems.push(
      `sheet "${sheet.name}", cell ${columnLetter(column)}${row}: holds an error or unreadable value; expected text`,
    );
  }
  return text;
}

function headerProblem({ sheet, columns }: SheetLayout): string | null {
  const row = sheet.getRow(1);
  for (let i = 0; i < columns.length; i += 1) {
    const expected = columns[i]?.header ?? '';
    const found = (cellText(row.getCell(i + 1).value) ?? '').trim();
    if (found !== expected) {
      const order = columns.map((c) => `"${c.header}"`).join(', ');
      return `sheet "${sheet.name}", column ${columnLetter(i + 1)}: expected the heading "${expected}", found ${found ? `"${found}"` : 'nothing'} — columns were moved, inserted or renamed; the columns must be, in order: ${order}`;
    }
  }
  return null;
}

/**
 * Reads the marks and texts of an element row (or adds a continuation row's texts). The
 * "Linked evidence" column is not read: it comes from the evidence library, not the workbook.
 */
function readRow(layout: SheetLayout, r: number, draft: Draft, problems: string[]): void {
  const { sheet, columns } = layout;
  const element = draft.element;
  const where = (key: CriterionColumnKey): string => {
    const column = criterionColumn(key, columns);
    const header = columns[column - 1]?.header ?? key;
    return `sheet "${sheet.name}", cell ${columnLetter(column)}${r} (${element}, ${header})`;
  };
  const texts = Object.fromEntries(
    ENTRY_TEXT_FIELDS.map((field) => [field, textAt(layout, r, field, problems) ?? '']),
  ) as Record<EntryTextField, string>;
  const vo = textAt(layout, r, 'verifiedOnSite', problems) ?? '';
  const dtr = textAt(layout, r, 'dtrMark', problems) ?? '';
  const final = textAt(layout, r, 'finalMark', problems) ?? '';
  if (draft.row !== r) {
    for (const field of ENTRY_TEXT_FIELDS) draft.texts[field] += texts[field];
    if (`${vo}${dtr}${final}`.trim() !== '') {
      problems.push(
        `sheet "${sheet.name}", row ${r}: a "continued" row holds only the rest of long texts; put the marks and VO of ${element} on its own row`,
      );
    }
    return;
  }
  draft.texts = texts;
  const voRead = parseVerifiedText(vo);
  if (voRead.ok) draft.verifiedOnSite = voRead.value;
  else
    problems.push(
      `${where('verifiedOnSite')}: ${voRead.errors.join('')} — expected ${VO_EXPECTED}`,
    );
  for (const key of ['dtrMark', 'finalMark'] as const) {
    const mark = parseMarkText(key === 'dtrMark' ? dtr : final);
    if (mark.ok) draft[key] = mark.value;
    else problems.push(`${where(key)}: ${mark.errors.join('')} — expected ${MARK_EXPECTED}`);
  }
}

function hasValues({ sheet, columns }: SheetLayout, r: number): boolean {
  const row = sheet.getRow(r);
  for (let c = 2; c <= columns.length; c += 1) {
    if ((cellText(row.getCell(c).value) ?? '?').trim() !== '') return true;
  }
  return false;
}

/** What reading one sheet's rows shares. */
interface SheetRead {
  readonly layout: SheetLayout;
  readonly name: string;
  readonly criterion: CatalogueCriterion;
  readonly catalogue: Catalogue;
  /** The elements read so far, by element number. */
  readonly drafts: Map<string, Draft>;
  readonly problems: string[];
}

/**
 * The rows from 2 down that hold values, refused beyond MAX_SHEET_ROWS: a cell typed in row
 * 1,048,576 must not make us walk (and exceljs create) a million empty rows.
 */
function valueRows(sheet: Worksheet, name: string): Result<number[], string> {
  const rows: number[] = [];
  sheet.eachRow((_row, r) => {
    if (r >= 2) rows.push(r);
  });
  if (rows.length > MAX_SHEET_ROWS) {
    return fail([
      `sheet "${name}" has values in ${rows.length} rows; a criterion sheet exported by CSE Fieldbook has a few hundred at most, and ${MAX_SHEET_ROWS} are read`,
    ]);
  }
  return ok(rows);
}

/**
 * A row whose column A holds an element number: starts reading that element, or says why it
 * cannot (another criterion's element, not an element, given twice). Gives the element whose
 * continuation rows may follow, or null.
 */
function elementRow(read: SheetRead, r: number, label: string): Draft | null {
  const { name, drafts, problems } = read;
  if (!read.criterion.elements.some((e) => e.id === label)) {
    const home = read.catalogue.byId.get(label as ElementId);
    problems.push(
      home
        ? `sheet "${name}", row ${r}: element ${label} belongs on the sheet of criterion ${home.criterion}, not here`
        : `sheet "${name}", row ${r}: ${label} is not an element of the standard`,
    );
    return null;
  }
  if (drafts.has(label)) {
    problems.push(
      `sheet "${name}", row ${r}: element ${label} appears twice (rows ${drafts.get(label)?.row} and ${r})`,
    );
    return null;
  }
  const draft: Draft = {
    element: label as ElementId,
    row: r,
    texts: {
      deskTopEvidence: '',
      keyQuestions: '',
      visitEvidence: '',
      cpJustification: '',
      developmentNote: '',
    },
    verifiedOnSite: false,
    dtrMark: null,
    finalMark: null,
  };
  drafts.set(label, draft);
  readRow(read.layout, r, draft, problems);
  return draft;
}

/**
 * Reads each value row into `read.drafts` by what its column A holds: an element number, a
 * "continued" label (directly below its element's rows), a sub-criterion heading, or nothing.
 */
function readRows(read: SheetRead, rows: readonly number[]): void {
  const { layout, name, criterion, problems } = read;
  const example = criterion.elements[0]?.id ?? '1.1.1';
  let current: Draft | null = null;
  let previous = 1;
  for (const r of rows) {
    // A row without values between two rows ends the element above, as a blank row does.
    if (r !== previous + 1) current = null;
    previous = r;
    const label = (cellText(layout.sheet.getRow(r).getCell(1).value) ?? '').trim();
    const continued = continuationOf(label);
    if (label === '') {
      if (hasValues(layout, r)) {
        problems.push(
          `sheet "${name}", row ${r}: column A is blank but the row holds values; each row needs its element number (e.g. ${example}) in column A`,
        );
      }
      current = null;
    } else if (continued !== null) {
      if (current === null || current.element !== continued) {
        problems.push(
          `sheet "${name}", row ${r}: "${label}" must sit directly below the rows of ${continued}`,
        );
      } else readRow(layout, r, current, problems);
    } else if (ELEMENT_ID.test(label)) {
      current = elementRow(read, r, label);
    } else if (SUB_CRITERION_HEADING.test(label)) {
      current = null;
    } else {
      problems.push(
        `sheet "${name}", cell A${r}: "${label.slice(0, 40)}" is not an element number; expected e.g. ${example}`,
      );
      current = null;
    }
  }
}

/** The sheet's problems as a whole: elements without a row, texts over the record's limit. */
function wholeSheetProblems({ name, criterion, drafts }: SheetRead): string[] {
  const problems: string[] = [];
  const missing = criterion.elements.filter((e) => !drafts.has(e.id)).map((e) => e.id);
  if (missing.length > 0) {
    problems.push(
      `sheet "${name}": no row for element${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; rows were deleted or their numbers in column A changed`,
    );
  }
  for (const draft of drafts.values()) {
    for (const field of ENTRY_TEXT_FIELDS) {
      const length = draft.texts[field].length;
      if (length > EXCHANGE_LIMITS.maxTextLength) {
        problems.push(
          `sheet "${name}", element ${draft.element}: ${field} has ${length} characters; at most ${EXCHANGE_LIMITS.maxTextLength} are kept in a record`,
        );
      }
    }
  }
  return problems;
}

/**
 * The element entries of one criterion sheet, or every problem found on it: sheet missing,
 * headings moved, element rows unknown, doubled or missing, continuation rows out of place,
 * marks that are not marks, text over the exchange format's limit. `columns` are those of the
 * workbook's format (`criterionColumnsFor`).
 */
export function readCriterionSheet(
  workbook: Workbook,
  criterion: CatalogueCriterion,
  catalogue: Catalogue,
  sheetNames: string,
  columns: readonly CriterionColumn[],
): Result<ElementEntry[], string> {
  const name = criterionSheetName(criterion);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    return fail([
      `sheet "${name}" is missing (renamed or deleted?); the workbook has the sheets ${sheetNames}`,
    ]);
  }
  const layout: SheetLayout = { sheet, columns };
  const header = headerProblem(layout);
  if (header) return fail([header]);
  const rows = valueRows(sheet, name);
  if (!rows.ok) return rows;
  const read: SheetRead = { layout, name, criterion, catalogue, drafts: new Map(), problems: [] };
  readRows(read, rows.value);
  const problems = [...read.problems, ...wholeSheetProblems(read)];
  if (problems.length > 0) return fail(problems);
  return ok(
    criterion.elements.flatMap((e) => {
      const d = read.drafts.get(e.id);
      if (!d) return [];
      return [
        {
          element: d.element,
          ...d.texts,
          verifiedOnSite: d.verifiedOnSite,
          dtrMark: d.dtrMark,
          finalMark: d.finalMark,
        },
      ];
    }),
  );
}
