import type { Catalogue } from '../catalogue/catalogue';
import type { ElementId, OrganisationId, StageId } from '../types/ids';
import type {
  AssessmentRecord,
  ElementEntry,
  Organisation,
  Stage,
  StageDates,
  StageKind,
} from '../types/record';
import type { StageSurveillance } from '../types/surveillance';
import { emptyStageReport } from '../types/report';
import { EMPTY_PLANNED_DATES } from '../types/record';

/** An entry with nothing recorded yet. */
export function emptyEntry(element: ElementId): ElementEntry {
  return {
    element,
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

export const EMPTY_STAGE_DATES: StageDates = {
  deskTopReview: null,
  deskTopSentToClient: null,
  deskTopSentToCertifyingBody: null,
  secondDeskTopReview: null,
  secondDeskTopSentToClient: null,
  secondDeskTopSentToCertifyingBody: null,
  visit: null,
  analysisSentToCertifyingBody: null,
};

/** The surveillance records of a new stage: nothing contacted, decided or received yet. */
export function emptyStageSurveillance(): StageSurveillance {
  return {
    contactedOn: null,
    category: null,
    significantChanges: [],
    developmentPoints: [],
    documents: [],
    onSitePlan: [],
    activities: [],
    whatHasChanged: [],
  };
}

export interface NewStage {
  readonly id: StageId;
  readonly kind: StageKind;
  readonly cycle: number;
  readonly catalogue: Catalogue;
  readonly assessor?: string;
}

/** A stage with an empty entry for every element of its catalogue. */
export function createStage(input: NewStage): Stage {
  return {
    id: input.id,
    kind: input.kind,
    cycle: input.cycle,
    catalogueId: input.catalogue.id,
    assessor: input.assessor ?? '',
    dates: EMPTY_STAGE_DATES,
    visitDays: null,
    notes: '',
    entries: input.catalogue.elements.map((e) => emptyEntry(e.id)),
    surveillance: emptyStageSurveillance(),
    report: emptyStageReport(),
  };
}

export interface NewRecord {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
  readonly name: string;
  readonly reference?: string;
  readonly catalogue: Catalogue;
}

/** A new organisation at its initial assessment, cycle 1. */
export function createRecord(input: NewRecord): AssessmentRecord {
  const organisation: Organisation = {
    id: input.organisationId,
    name: input.name,
    reference: input.reference ?? '',
    unitsInScope: '',
    contacts: [],
    plannedDates: EMPTY_PLANNED_DATES,
  };
  return {
    organisation,
    stages: [
      createStage({ id: input.stageId, kind: 'initial', cycle: 1, catalogue: input.catalogue }),
    ],
  };
}

/**
 * Puts entries in catalogue order with one entry per element, adding empty ones where an
 * element has none. Entries for elements outside the catalogue are the validator's business:
 * callers pass only checked entries.
 */
export function normaliseEntries(
  catalogue: Catalogue,
  entries: readonly ElementEntry[],
): ElementEntry[] {
  const byElement = new Map(entries.map((e) => [e.element, e] as const));
  return catalogue.elements.map((e) => byElement.get(e.id) ?? emptyEntry(e.id));
}

/** The entry of `element` in `stage`; every stage holds one per catalogue element. */
export function entryOf(stage: Stage, element: ElementId): ElementEntry | undefined {
  return stage.entries.find((e) => e.element === element);
}

/** A copy of `stage` with one entry changed. */
export function withEntry(stage: Stage, entry: ElementEntry): Stage {
  return {
    ...stage,
    entries: stage.entries.map((e) => (e.element === entry.element ? entry : e)),
  };
}
