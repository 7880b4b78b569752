/**
 * A Word document as plain data: what the builders make from a record and the renderer turns
 * into .docx bytes with the `docx` library. Kept apart so that building is pure and testable
 * without the library (STYLE.md: build, then render, then save).
 */

export interface WordRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Hex colour without "#", e.g. "1F3864". */
  readonly color?: string;
}

export type ParagraphStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3' | 'body';

export interface WordParagraph {
  readonly kind: 'paragraph';
  readonly runs: readonly WordRun[];
  readonly style: ParagraphStyle;
  readonly align?: 'left' | 'center';
  /** Keep with the next paragraph or table (headings). */
  readonly keepNext?: boolean;
}

export interface WordCell {
  readonly paragraphs: readonly WordParagraph[];
  /** Background, hex without "#". */
  readonly shade?: string;
  /** Grid columns the cell covers; default 1. */
  readonly span?: number;
}

export interface WordRow {
  readonly cells: readonly WordCell[];
  /** Repeats at the top of every page the table runs onto (w:tblHeader). */
  readonly header?: boolean;
}

export interface WordTable {
  readonly kind: 'table';
  /** Column widths as shares of the page's text width (any scale; they are normalised). */
  readonly widths: readonly number[];
  readonly rows: readonly WordRow[];
}

export type WordBlock = WordParagraph | WordTable;

/** A part of the document on its own pages, portrait or landscape. */
export interface WordSection {
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly WordBlock[];
}

export interface WordDocSpec {
  readonly title: string;
  readonly creator: string;
  readonly description: string;
  /** Custom document properties, name → value. */
  readonly properties: readonly { readonly name: string; readonly value: string }[];
  /** Small text at the top of every page. */
  readonly pageHeader: string;
  /** Text at the bottom left of every page; "Page x of n" goes on the right. */
  readonly pageFooter: string;
  /** Centred lines under it on every page (the certifying body's name, address, telephone). */
  readonly pageFooterLines?: readonly string[];
  readonly sections: readonly WordSection[];
}
