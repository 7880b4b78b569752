// Row types as stored in IndexedDB (the converters to and from the domain are in row-convert.ts).
// Rows hold only what the assessor entered plus sync bookkeeping; nothing computed is stored.
import type { MaybeMark } from '../../shared/types/marks';
import type {
  Contact,
  PlannedDates,
  StageDates,
  StageKind,
  StageSignOff,
} from '../../shared/types/record';
import type { StageSurveillance } from '../../shared/types/surveillance';
import type { StageReport } from '../../shared/types/report';

/** Bookkeeping carried by every organisation, stage and entry row (for sync and audit). */
export interface RowHeader {
  /** ISO instant of the last write. */
  readonly updatedAt: string;
  /** 1 when created, +1 per write. */
  readonly revision: number;
  /** The revision this row was edited from; 0 on create. */
  readonly baseRevision: number;
  /** A tombstone: kept so that a later sync can tell "deleted" from "never seen". */
  readonly deleted: boolean;
}

export interface OrganisationRow extends RowHeader {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
  readonly unitsInScope: string;
  readonly contacts: readonly Contact[];
  readonly archived: boolean;
  /** When it was moved to the (recoverable) trash; null when not in the trash. */
  readonly trashedAt: string | null;
  /** Planned dates in the exchange text form; absent on rows written before exchange format 5. */
  readonly plannedDates?: PlannedDatesText;
}

/** Planned dates in the exchange text form ("2016-03-01", "TBC", …; null when not set). */
export type PlannedDatesText = { readonly [K in keyof PlannedDates]: string | null };

/** Key dates in the exchange text form: "2015-03-09", "2015-03-11/2015-03-12", "TBC", "N/A". */
export type StageDatesText = { readonly [K in keyof StageDates]: string | null };

export interface StageRow extends RowHeader {
  readonly id: string;
  readonly organisationId: string;
  /** Place of the stage in its record, 0-based; stages load sorted by it. */
  readonly position: number;
  readonly kind: StageKind;
  readonly cycle: number;
  readonly catalogueId: string;
  readonly assessor: string;
  readonly dates: StageDatesText;
  readonly visitDays: number | null;
  readonly notes: string;
  /** As the domain holds it (plain data, dates already ISO text). */
  readonly surveillance: StageSurveillance;
  /** The sign-off; absent on rows written before sign-off existed, null when not signed off. */
  readonly signOff?: StageSignOff | null;
  /** What the assessor wrote for the report; absent on rows written before exchange format 5. */
  readonly report?: StageReport;
}

export interface EntryRow extends RowHeader {
  /** `${organisationId}|${stageId}|${element}`: fixed, so one keystroke rewrites one row. */
  readonly id: string;
  readonly organisationId: string;
  readonly stageId: string;
  readonly element: string;
  readonly deskTopEvidence: string;
  readonly keyQuestions: string;
  readonly visitEvidence: string;
  readonly verifiedOnSite: boolean;
  readonly dtrMark: MaybeMark;
  readonly finalMark: MaybeMark;
  readonly cpJustification: string;
  readonly developmentNote: string;
}

/** What a change is about; `document` and `link` are the evidence library's (schema 2). */
export type ChangeEntity = 'organisation' | 'stage' | 'entry' | 'document' | 'link';

/** One changed field: the change log, which is also the audit trail. */
export interface ChangeRow {
  readonly id: string;
  readonly at: string;
  readonly organisationId: string;
  readonly stageId: string | null;
  readonly elementId: string | null;
  readonly entity: ChangeEntity;
  /** The id of the changed row in its table. */
  readonly entityId: string;
  /** A row field, `dates.<key>` for a key date, or `created` / `deleted`. */
  readonly field: string;
  /** Stored form (key dates as text); null once redacted by emptying the trash. */
  readonly before: unknown;
  readonly after: unknown;
  /** The row's revision after the write. */
  readonly revision: number;
  /** Order of the change within its transaction. */
  readonly seq: number;
}

export interface BlobRow {
  readonly hash: string;
  readonly data: ArrayBuffer;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export const ORGANISATION_FIELDS = [
  'name',
  'reference',
  'unitsInScope',
  'contacts',
  'plannedDates',
] as const;
export const STAGE_FIELDS = [
  'assessor',
  'dates',
  'visitDays',
  'notes',
  'surveillance',
  'report',
  'signOff',
] as const;
export const ENTRY_FIELDS = [
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'verifiedOnSite',
  'dtrMark',
  'finalMark',
  'cpJustification',
  'developmentNote',
] as const;

export function entryRowId(organisationId: string, stageId: string, element: string): string {
  return `${organisationId}|${stageId}|${element}`;
}

export function header(at: string, previous?: RowHeader): RowHeader {
  return previous
    ? {
        updatedAt: at,
        revision: previous.revision + 1,
        baseRevision: previous.revision,
        deleted: false,
      }
    : { updatedAt: at, revision: 1, baseRevision: 0, deleted: false };
}

export type OrganisationBody = Omit<OrganisationRow, keyof RowHeader>;
export type StageBody = Omit<StageRow, keyof RowHeader>;
export type EntryBody = Omit<EntryRow, keyof RowHeader>;
