/**
 * The workbook as plain data: what `buildWorkbookSpec` makes and `renderWorkbook` turns into
 * bytes. Everything here is JSON-serialisable, so a spec can be inspected, snapshotted or sent
 * across a worker boundary; no exceljs type leaks in.
 */

/** Written into the `_fieldbook` sheet so that an import can recognise our workbooks. */
export const WORKBOOK_FORMAT = 'cse-fieldbook-workbook';
/**
 * Bumped when the layout changes in a way an older importer would misread. 2: criterion sheets
 * gained the "Linked evidence" column (D); format 1 workbooks still import.
 */
export const WORKBOOK_FORMAT_VERSION = 2;
/** The hidden sheet that identifies the workbook (organisation, stage, catalogue, format). */
export const META_SHEET = '_fieldbook';

/** A formula with the value it had when exported, so readers that do not recalculate see it. */
export interface FormulaValue {
  /** Without the leading "=". */
  readonly formula: string;
  readonly result: string | number | boolean;
}

export type CellValue = string | number | boolean | null | FormulaValue;

export interface CellSpec {
  readonly value: CellValue;
  /** A key of `WorkbookSpec.styles`. */
  readonly style?: string;
}

/** Colours are RGB hex without "#", e.g. "1F4E79". */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; default 10. */
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** Thin grey border on all sides. */
  readonly border?: boolean;
  /** Excel number format, e.g. "0.0%". */
  readonly numFmt?: string;
}

export interface RowSpec {
  /** Cells from column A; `null` leaves a cell empty. */
  readonly cells: readonly (CellSpec | null)[];
  /** Points; omitted for the default height. */
  readonly height?: number;
}

export interface ColumnSpec {
  /** Excel character widths. */
  readonly width: number;
  readonly hidden?: boolean;
}

/** A drop-down list on one rectangular range (one range per column: exceljs#2820). */
export interface ListValidation {
  /** E.g. "G2:G20". */
  readonly range: string;
  readonly values: readonly string[];
  readonly promptTitle: string;
  readonly prompt: string;
  readonly error: string;
}

/** Cells in `range` whose value equals `equals` take `style` (fill and font only). */
export interface HighlightRule {
  readonly range: string;
  readonly equals: string;
  readonly style: string;
}

export interface PageSpec {
  readonly orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  readonly printTitlesRow?: string;
  /** Page header and footer texts (left, right); "&[Page]" codes are added by the renderer. */
  readonly headerLeft: string;
  readonly headerRight: string;
  readonly footerLeft: string;
  /** Centred footer text (the certifying body's details), when set. */
  readonly footerCentre?: string;
  /** Scale to fit the page width (any number of pages tall). */
  readonly fitToWidth: boolean;
}

export interface SheetSpec {
  readonly name: string;
  readonly state: 'visible' | 'hidden';
  readonly tabColor?: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Ranges such as "A3:J3". */
  readonly merges?: readonly string[];
  readonly validations?: readonly ListValidation[];
  readonly highlights?: readonly HighlightRule[];
  readonly page?: PageSpec;
}

export interface WorkbookSpec {
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly creator: string;
    /** ISO 8601, the export's `generatedAt`. */
    readonly created: string;
  };
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly sheets: readonly SheetSpec[];
}

/** A cell with a value and an optional style name. */
export function cell(value: CellValue, style?: string): CellSpec {
  return style === undefined ? { value } : { value, style };
}

/** Column letters for a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name quoted for formulas: `'1 Customer Insight'!`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
