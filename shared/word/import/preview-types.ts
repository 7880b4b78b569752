import type { KeyDate } from '../../types/dates';
import type { ElementId, StageId } from '../../types/ids';
import type { AssessmentRecord, StageDates, StageKind } from '../../types/record';
import type { FooterCertifyingBody } from '../../settings/certifying-body-lines';
import type { SourceRef } from '../read/doc-model';
import type { BlockingIssue, PreviewLayout } from './layout-types';
import type { ScoringCheck } from './scoring-check';
import type { ImportWarningCode } from './warnings';

/**
 * What a Word import found, for the preview shown BEFORE anything is stored: per stage and
 * element what was recognised and where (table / row / cell or paragraph), what was not (kept
 * verbatim and added to the stage's notes), and the warnings. Plain data: render it directly.
 */

/** A field of an element as the preview lists it. */
export type PreviewField =
  | 'statement'
  | 'deskTopEvidence'
  | 'keyQuestions'
  | 'visitEvidence'
  | 'dtrMark'
  | 'finalMark'
  | 'cpJustification'
  | 'developmentNote';

/** One value read from the document. */
export interface PreviewValue {
  readonly field: PreviewField;
  /** The value stored (a mark as "P", evidence as written). */
  readonly value: string;
  /** The text in the document it was read from ("Partial", "Р", the statement as written). */
  readonly written: string;
  /** Every place it was found (a row split over pages has several). */
  readonly sources: readonly SourceRef[];
}

/**
 * How the element's entry came about: read from an element table (`table`), not in the document
 * (`missing`: left empty), taken from the previous stage because the surveillance did not
 * change it (`carried`), or listed among the scores changed at a surveillance (`changed`).
 */
export type ElementOrigin = 'table' | 'missing' | 'carried' | 'changed';

export interface PreviewElement {
  readonly element: ElementId;
  readonly origin: ElementOrigin;
  /** Whether the statement in the document matches the catalogue; `null` when none was written. */
  readonly statementMatches: boolean | null;
  /** Only the values the document gave, in record order. */
  readonly values: readonly PreviewValue[];
}

export interface PreviewDate {
  readonly field: keyof StageDates;
  /** As written; "" when the document gives none. */
  readonly written: string;
  readonly value: KeyDate | null;
  /** False when the text could not be read as a date (the text went to the notes). */
  readonly readable: boolean;
  readonly source: SourceRef | null;
}

export interface PreviewStage {
  readonly stageId: StageId;
  readonly kind: StageKind;
  readonly cycle: number;
  /** "Surveillance 1", "Reassessment (cycle 2)". */
  readonly title: string;
  /** What in the document made the stage: "57 marks", "the assessor's name", "a dated visit". */
  readonly madeFrom: string;
  readonly assessor: string;
  readonly dates: readonly PreviewDate[];
  /** All 57 elements in catalogue order. */
  readonly elements: readonly PreviewElement[];
  readonly counts: {
    /** Elements read from the document's tables (section 1 or the scores changed). */
    readonly found: number;
    readonly missing: number;
    readonly carried: number;
    readonly withFinalMark: number;
  };
  /** What the import appended to the stage's notes ("" when nothing). */
  readonly notesAdded: string;
  /**
   * The document's own scoring table against the imported final marks; where they differ the
   * warnings ('score-table-differs') say which counts.
   */
  readonly scoringTable: ScoringCheck;
}

/** Text the importer could not place, verbatim, and the stage whose notes now hold it. */
export interface UnplacedText {
  readonly text: string;
  readonly source: SourceRef;
  readonly stageId: StageId;
}

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly message: string;
  readonly stageId: StageId | null;
  readonly element: ElementId | null;
  readonly source: SourceRef | null;
}

export interface DocxImportPreview {
  readonly organisation: {
    readonly name: string;
    readonly reference: string;
    readonly unitsInScope: string;
    readonly contacts: number;
  };
  /** True when the document carries CSE Fieldbook's ids (it was exported by the app). */
  readonly idsFromDocument: boolean;
  readonly counts: {
    readonly paragraphs: number;
    readonly tables: number;
    readonly elementTables: number;
  };
  readonly stages: readonly PreviewStage[];
  /** How each layout of element tables was read, column by column, and why. */
  readonly layouts: readonly PreviewLayout[];
  /**
   * What must be resolved (a column mapped) or confirmed before the record is stored; empty when
   * nothing blocks. Callers refuse to store while any remains unconfirmed.
   */
  readonly blocking: readonly BlockingIssue[];
  /** Tracked changes the document holds; it was read as it now stands. */
  readonly trackedChanges: { readonly insertions: number; readonly deletions: number };
  readonly warnings: readonly ImportWarning[];
  readonly unplaced: readonly UnplacedText[];
  /**
   * The certifying body the document names in its page footer (or, in a record flattened
   * through PDF, in contact lines repeated between its paragraphs); `null` when it names none.
   * A setting of the assessor's, not part of the record: the caller offers it, never stores it
   * unasked.
   */
  readonly certifyingBody: DocumentCertifyingBody | null;
}

/** A certifying body read from a document, where it was read and why. */
export interface DocumentCertifyingBody extends FooterCertifyingBody {
  readonly from: 'footer' | 'repeated-lines';
}

/** The record a Word document holds, and the preview of how it was read. */
export interface DocxImport {
  readonly record: AssessmentRecord;
  readonly preview: DocxImportPreview;
}
