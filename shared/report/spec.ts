import type { FrameFacts } from '../export/pdf/pdf-common';
import type { ReportSectionId } from './template-words';

/**
 * An assessment report as plain data: what `buildReportSpec` makes from a record and a template,
 * and what the PDF and Word renderers both draw (STYLE.md: build, then render, then save). Every
 * word in it is already final — placeholders filled, pre-fills resolved.
 */

export interface ReportCell {
  readonly text: string;
  /** A second, smaller line (an element's statement under its number). */
  readonly detail?: string;
  readonly bold?: boolean;
  /** A mark or verdict word, coloured as the other reports colour them. */
  readonly mark?: boolean;
  readonly align?: 'left' | 'center';
}

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone: 'body' | 'note' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly kind: 'subheading'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly headers: readonly string[];
      /** Relative widths (any scale). */
      readonly widths: readonly number[];
      readonly rows: readonly (readonly ReportCell[])[];
    };

export interface ReportSpecSection {
  readonly id: ReportSectionId | 'text';
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportSpec {
  readonly title: string;
  readonly subtitle: string;
  /** The stage as the page header names it, e.g. "Initial assessment (stage 1)". */
  readonly stageLabel: string;
  /**
   * Whose report, by whom, when: the page furniture (footer words from the template, the
   * certifying body's lines from the assessor's settings).
   */
  readonly frame: FrameFacts & {
    readonly footer: string;
    readonly certifyingBodyLines: readonly string[];
  };
  readonly sections: readonly ReportSpecSection[];
}
