// Tombstones: rows kept, marked deleted, so that a later sync can tell "deleted" from "never seen".
import { EMPTY_STAGE_DATES, emptyStageSurveillance } from '../../shared/records/create';
import { emptyStageReport } from '../../shared/types/report';
import type { EntryRow, OrganisationRow, RowHeader, StageDatesText, StageRow } from './rows';
import { header } from './rows';
import { datesToText } from './row-convert';

/** A tombstone that keeps its content (a stage or entry an import no longer has). */
export function tombstone<R extends RowHeader>(row: R, at: string): R {
  return { ...row, ...header(at, row), deleted: true };
}

const NO_DATES: StageDatesText = datesToText(EMPTY_STAGE_DATES);

/** Tombstones keep ids and shape but no text: the records are commercially confidential. */
export function blankOrganisation(row: OrganisationRow, at: string): OrganisationRow {
  return {
    ...row,
    ...header(at, row),
    deleted: true,
    name: '',
    reference: '',
    unitsInScope: '',
    contacts: [],
  };
}

export function blankStage(row: StageRow, at: string): StageRow {
  return {
    ...row,
    ...header(at, row),
    deleted: true,
    assessor: '',
    dates: NO_DATES,
    visitDays: null,
    notes: '',
    surveillance: emptyStageSurveillance(),
    report: emptyStageReport(),
  };
}

export function blankEntry(row: EntryRow, at: string): EntryRow {
  return {
    ...row,
    ...header(at, row),
    deleted: true,
    deskTopEvidence: '',
    keyQuestions: '',
    visitEvidence: '',
    verifiedOnSite: false,
    dtrMark: null,
    finalMark: null,
    cpJustification: '',
    developmentNote: '',
  };
}
