/**
 * The columns of element tables as the import places them, and the assessor's mapping that
 * overrides a placement. One layout is a set of tables with the same column headers (or the
 * tables without headers that continue them): the preview shows each once.
 */

/** What an element-table column holds. `notes` keeps its text in the stage's notes. */
export const COLUMN_ROLES = [
  'element',
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'dtrMark',
  'finalMark',
  'previous',
  'notes',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const COLUMN_ROLE_NAMES: Readonly<Record<ColumnRole, string>> = {
  element: 'element number / statement',
  deskTopEvidence: 'desk-top evidence',
  keyQuestions: 'key questions / person asked',
  visitEvidence: 'visit day(s) evidence',
  dtrMark: 'DTR mark',
  finalMark: 'final (visit) mark',
  previous: 'previous mark',
  notes: 'kept in the stage notes',
};

/** Which kind of evidence placed a column: its header, its cells, its place, or the assessor. */
export type PlacementEvidence = 'header' | 'content' | 'position' | 'mapping';

export interface PreviewColumn {
  /** 0-based grid column. */
  readonly index: number;
  /** The header as written ("" when the tables have none). */
  readonly header: string;
  /** What the column is read as; `null` when it could not be placed (its text goes to notes). */
  readonly role: ColumnRole | null;
  readonly evidence: PlacementEvidence | null;
  /** Why, in words: "final (visit) mark — header "A Visit Result"; 57 of 57 cells are marks". */
  readonly reason: string;
  /** The reason without the role's name: "header "A Visit Result"; 57 of 57 cells are marks". */
  readonly why: string;
  /** Cells with text in the layout's element rows, and of those the ones that read as marks. */
  readonly filled: number;
  readonly marks: number;
}

export interface PreviewLayout {
  /** Stable across re-reads of one document: the key of `ColumnMappings`. */
  readonly key: string;
  /** 1-based, in document order: "Layout 1". */
  readonly number: number;
  /** 1-based indexes of the tables read with it. */
  readonly tables: readonly number[];
  /** Rows that start an element. */
  readonly elementRows: number;
  readonly columns: readonly PreviewColumn[];
}

/**
 * The assessor's choices, by layout key then 0-based column: a role, or `null` to leave the
 * column unplaced (its text is kept in the notes).
 */
export type ColumnMappings = Readonly<Record<string, Readonly<Record<number, ColumnRole | null>>>>;

/** Why the import may not be stored as it stands, until the assessor maps a column or confirms. */
export interface BlockingIssue {
  readonly code: 'no-final-marks' | 'empty-mark-column' | 'no-mark-column';
  readonly message: string;
  /** The layout to fix, when one is to blame. */
  readonly layoutKey: string | null;
}
