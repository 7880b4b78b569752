// Converters between rows (rows.ts) and the domain record: bodies to store, domain values read.
// Rows hold only what the assessor entered plus sync bookkeeping; nothing computed is stored.
import { findCatalogue } from '../../shared/catalogue/catalogue';
import { parseKeyDateText, keyDateText } from '../../shared/exchange/key-date-text';
import { emptyStageSurveillance, normaliseEntries } from '../../shared/records/create';
import type { KeyDate } from '../../shared/types/dates';
import type { CatalogueId, ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type {
  ElementEntry,
  Organisation,
  PlannedDates,
  Stage,
  StageDates,
} from '../../shared/types/record';
import {
  EMPTY_PLANNED_DATES,
  PLANNED_DATE_FIELDS,
  STAGE_DATE_FIELDS,
} from '../../shared/types/record';
import { emptyStageReport } from '../../shared/types/report';

import type {
  OrganisationRow,
  StageRow,
  EntryRow,
  PlannedDatesText,
  StageDatesText,
  OrganisationBody,
  StageBody,
  EntryBody,
} from './rows';
import { entryRowId } from './rows';

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
