// Row types as stored in IndexedDB, and the converters between rows and the domain record.
// Rows hold only what the assessor entered plus sync bookkeeping; nothing computed is stored.
import { findCatalogue } from '../../shared/catalogue/catalogue';
import { parseKeyDateText, keyDateText } from '../../shared/exchange/key-date-text';
import { emptyStageSurveillance, normaliseEntries } from '../../shared/records/create';
import type { KeyDate } from '../../shared/types/dates';
import type { CatalogueId, ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type {
  Contact,
  ElementEntry,
  Organisation,
  PlannedDates,
  Stage,
  StageDates,
  StageKind,
  StageSignOff,
} from '../../shared/types/record';
import {
  EMPTY_PLANNED_DATES,
  PLANNED_DATE_FIELDS,
  STAGE_DATE_FIELDS,
} from '../../shared/types/record';
import type { StageSurveillance } from '../../shared/types/surveillance';
import type { StageReport } from '../../shared/types/report';
import { emptyStageReport } from '../../shared/types/report';

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

export function organisationBody(
  org: Organisation,
  state: { readonly archived: boolean; readonly trashedAt: string | null },
): OrganisationBody {
  return {
    id: org.id,
    name: org.name,
    reference: org.reference,
    unitsInScope: org.unitsInScope,
    contacts: org.contacts.map((c) => ({ ...c })),
    plannedDates: plannedDatesToText(org.plannedDates),
    archived: state.archived,
    trashedAt: state.trashedAt,
  };
}

export function plannedDatesToText(dates: PlannedDates): PlannedDatesText {
  return Object.fromEntries(
    PLANNED_DATE_FIELDS.map((f) => [f, keyDateText(dates[f] ?? null)]),
  ) as unknown as PlannedDatesText;
}

/** A row written before exchange format 5 has no planned dates: all "TBC". */
export function plannedDatesFromText(dates: PlannedDatesText | undefined): PlannedDates {
  if (!dates) return EMPTY_PLANNED_DATES;
  return Object.fromEntries(
    PLANNED_DATE_FIELDS.map((f) => [f, keyDateFromText(dates[f])]),
  ) as unknown as PlannedDates;
}

export function datesToText(dates: StageDates): StageDatesText {
  return Object.fromEntries(
    STAGE_DATE_FIELDS.map((f) => [f, keyDateText(dates[f] ?? null)]),
  ) as unknown as StageDatesText;
}

function keyDateFromText(text: string | null | undefined): KeyDate | null {
  if (text === null || text === undefined) return null;
  const parsed = parseKeyDateText(text);
  if (!parsed.ok) throw new Error(`A stored key date could not be read: "${text}"`);
  return parsed.value;
}

export function datesFromText(dates: StageDatesText): StageDates {
  return Object.fromEntries(
    STAGE_DATE_FIELDS.map((f) => [f, keyDateFromText(dates[f])]),
  ) as unknown as StageDates;
}

export function stageBody(stage: Stage, organisationId: string, position: number): StageBody {
  return {
    id: stage.id,
    organisationId,
    position,
    kind: stage.kind,
    cycle: stage.cycle,
    catalogueId: stage.catalogueId,
    assessor: stage.assessor,
    dates: datesToText(stage.dates),
    visitDays: stage.visitDays,
    notes: stage.notes,
    // A record read by code older than the surveillance fields has none yet.
    surveillance: stage.surveillance ?? emptyStageSurveillance(),
    report: stage.report ?? emptyStageReport(),
    signOff: stage.signOff ?? null,
  };
}

export function entryBody(entry: ElementEntry, organisationId: string, stageId: string): EntryBody {
  return {
    id: entryRowId(organisationId, stageId, entry.element),
    organisationId,
    stageId,
    element: entry.element,
    deskTopEvidence: entry.deskTopEvidence,
    keyQuestions: entry.keyQuestions,
    visitEvidence: entry.visitEvidence,
    verifiedOnSite: entry.verifiedOnSite,
    dtrMark: entry.dtrMark,
    finalMark: entry.finalMark,
    cpJustification: entry.cpJustification,
    developmentNote: entry.developmentNote,
  };
}

/** A stage's entries in the order to store them: catalogue order, one per element. */
export function stageEntries(stage: Stage): readonly ElementEntry[] {
  const catalogue = findCatalogue(stage.catalogueId);
  return catalogue ? normaliseEntries(catalogue, stage.entries) : stage.entries;
}

export function organisationFromRow(row: OrganisationRow): Organisation {
  return {
    id: row.id as OrganisationId,
    name: row.name,
    reference: row.reference,
    unitsInScope: row.unitsInScope,
    contacts: row.contacts.map((c) => ({ ...c })),
    plannedDates: plannedDatesFromText(row.plannedDates),
  };
}

export function entryFromRow(row: EntryRow): ElementEntry {
  return {
    element: row.element as ElementId,
    deskTopEvidence: row.deskTopEvidence,
    keyQuestions: row.keyQuestions,
    visitEvidence: row.visitEvidence,
    verifiedOnSite: row.verifiedOnSite,
    dtrMark: row.dtrMark,
    finalMark: row.finalMark,
    cpJustification: row.cpJustification,
    developmentNote: row.developmentNote,
  };
}

/** The domain stage without its entries (`entries` empty): its header, for lists. */
export function stageHeaderFromRow(row: StageRow): Stage {
  return {
    id: row.id as StageId,
    kind: row.kind,
    cycle: row.cycle,
    catalogueId: row.catalogueId as CatalogueId,
    assessor: row.assessor,
    dates: datesFromText(row.dates),
    visitDays: row.visitDays,
    notes: row.notes,
    entries: [],
    surveillance: row.surveillance ?? emptyStageSurveillance(),
    report: row.report ?? emptyStageReport(),
    ...(row.signOff ? { signOff: row.signOff } : {}),
  };
}

/** The domain stage; entries in catalogue order with one per element when the edition is known. */
export function stageFromRow(row: StageRow, entryRows: readonly EntryRow[]): Stage {
  return withEntries(
    stageHeaderFromRow(row),
    entryRows.filter((e) => !e.deleted).map(entryFromRow),
  );
}

/** `header` with `entries`, in catalogue order with one per element when the edition is known. */
export function withEntries(header: Stage, entries: readonly ElementEntry[]): Stage {
  const catalogue = findCatalogue(header.catalogueId);
  return { ...header, entries: catalogue ? normaliseEntries(catalogue, entries) : entries };
}
