import type { ElementId } from '../../types/ids';
import type { SourceRef } from '../read/doc-model';
import type { ColumnKey, TableKind } from './columns';
import type { StageSlot } from './stage-names';

/**
 * What the walk over the document collects before the record is assembled: texts with where
 * they were found. Mutable while the walk runs; assembly only reads it.
 */

/** A piece of text and where it was found. */
export interface Located {
  readonly text: string;
  readonly source: SourceRef;
}

/** The element-table columns whose text an element row carries. */
export type ElementField =
  | 'statement'
  | 'deskTopEvidence'
  | 'keyQuestions'
  | 'visitEvidence'
  | 'dtrMark'
  | 'finalMark'
  | 'previous';

/** One element as found in the tables, its row possibly split over several rows or tables. */
export interface RawElement {
  readonly element: ElementId;
  readonly first: SourceRef;
  readonly pieces: Record<ElementField, Located[]>;
  /** Columns the element's table(s) had: a column the table lacks leaves the field alone. */
  readonly columns: Set<ElementField>;
}

/** A row of a table read through its column titles. */
export interface RawRow {
  readonly source: SourceRef;
  readonly cells: ReadonlyMap<ColumnKey, Located>;
}

/** Label → value facts of a stage (assessor, dates, category …), by detail key. */
export type DetailKey =
  | 'assessor'
  | 'deskTopReview'
  | 'deskTopSentToClient'
  | 'deskTopSentToCertifyingBody'
  | 'secondDeskTopReview'
  | 'secondDeskTopSentToClient'
  | 'secondDeskTopSentToCertifyingBody'
  | 'visit'
  | 'analysisSentToCertifyingBody'
  | 'visitDays'
  | 'contactedOn'
  | 'category'
  | 'reason'
  | 'decidedOn'
  | 'previousCategory';

/** A note for an element: a CP justification or a development point. */
export interface ElementNote {
  readonly element: ElementId;
  readonly text: Located[];
}

export interface RawStage {
  readonly slot: StageSlot;
  /** Where the document names the stage (heading, column title). */
  readonly named: SourceRef[];
  /** True when the stage has a full assessment analysis (section 1). */
  analysis: boolean;
  readonly elements: Map<ElementId, RawElement>;
  /** Element rows of "scores changed" tables (section 3). */
  readonly changes: Map<ElementId, RawElement>;
  /** `null` until the document gives the stage a CP justification list (table or heading). */
  cpList: Map<ElementId, ElementNote> | null;
  developmentList: Map<ElementId, ElementNote> | null;
  readonly details: Map<DetailKey, Located[]>;
  readonly tables: Map<TableKind, RawRow[]>;
  readonly notes: Located[];
  /** Text the importer could not place, verbatim, to go to the stage's notes. */
  readonly unplaced: Located[];
}

export function newRawStage(slot: StageSlot): RawStage {
  return {
    slot,
    named: [],
    analysis: false,
    elements: new Map(),
    changes: new Map(),
    cpList: null,
    developmentList: null,
    details: new Map(),
    tables: new Map(),
    notes: [],
    unplaced: [],
  };
}

/** The header of the record: the organisation and the cycle dates. */
export interface RawHeader {
  readonly reference: Located[];
  readonly name: Located[];
  readonly units: Located[];
  readonly contacts: RawRow[];
  /** "Date of first surveillance" … by the stage kind they date, with the cycle. */
  readonly cycleDates: { readonly slot: StageSlot; readonly value: Located }[];
  readonly scoring: RawRow[];
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
