/**
 * The body of a Word document as the importer sees it: paragraphs and tables in document order,
 * with plain text and the grid position of every cell. Built by `docx-xml.ts`; no Word markup
 * beyond what the import needs (text, styles that mark headings, merges, header rows).
 */

/** Where a piece of text was found, for the preview and the warnings. */
export type SourceRef =
  | {
      readonly kind: 'cell';
      /** 1-based among the document's top-level tables. */
      readonly table: number;
      /** 1-based row of that table. */
      readonly row: number;
      /** 1-based grid column (merged cells count from their first column). */
      readonly cell: number;
    }
  | {
      readonly kind: 'paragraph';
      /** 1-based among the document's top-level paragraphs. */
      readonly paragraph: number;
    };

/** "table 4, row 3, cell 2" or "paragraph 12". */
export function describeSource(ref: SourceRef): string {
  return ref.kind === 'cell'
    ? `table ${ref.table}, row ${ref.row}, cell ${ref.cell}`
    : `paragraph ${ref.paragraph}`;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  /** 1-based among top-level paragraphs. */
  readonly index: number;
  /** The text with line breaks as "\n" and tabs as "\t". */
  readonly text: string;
  /** The paragraph style id, e.g. "Heading1"; `null` for the default style. */
  readonly style: string | null;
  /** Heading level 1–9 from the style or outline level; `null` for body text. */
  readonly heading: number | null;
}

/** How a cell takes part in a vertical merge (w:vMerge). */
export type VerticalMerge = 'restart' | 'continue' | null;

export interface DocCell {
  /** The cell's paragraphs joined with "\n" (nested tables included, row by row). */
  readonly text: string;
  /** 0-based first grid column. */
  readonly gridStart: number;
  /** Grid columns covered (w:gridSpan), at least 1. */
  readonly span: number;
  readonly vMerge: VerticalMerge;
}

export interface DocRow {
  /** 1-based within the table. */
  readonly index: number;
  readonly cells: readonly DocCell[];
  /** Marked to repeat as a header row on every page (w:tblHeader). */
  readonly repeatsAsHeader: boolean;
}

export interface DocTable {
  readonly kind: 'table';
  /** 1-based among top-level tables. */
  readonly index: number;
  readonly rows: readonly DocRow[];
  /** Grid columns: the table grid's count, or the widest row when that is wider. */
  readonly gridColumns: number;
}

export type DocBlock = DocParagraph | DocTable;

/** Tracked changes a document holds, not yet accepted or rejected. */
export interface TrackedChanges {
  readonly insertions: number;
  readonly deletions: number;
}

/** The parts of a .docx the importer reads. */
export interface DocxContent {
  readonly blocks: readonly DocBlock[];
  /** Counted in the body; the blocks are the document as it now stands. */
  readonly trackedChanges: TrackedChanges;
  /** Custom document properties (docProps/custom.xml), name → text value. */
  readonly customProperties: ReadonlyMap<string, string>;
  /** The page footers' lines, each distinct non-blank line once, in the order first found. */
  readonly footerLines: readonly string[];
}
