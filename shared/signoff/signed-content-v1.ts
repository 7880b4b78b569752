import { keyDateText } from '../exchange/key-date-text';
import type { KeyDate } from '../types/dates';
import type { AssessmentRecord, Stage } from '../types/record';
import type { Shape } from './shape';
import { project } from './shape';

/**
 * Scheme `cse-fieldbook-stage-v1`, frozen: exactly the fields it covered when it shipped
 * (exchange format 4). Stages signed under it keep verifying under it, whatever is added to
 * records later. It covers the organisation's header without its contacts, and the stage
 * without its sign-off and without the evidence linked to it (scheme v2 covers those).
 */
export const SCHEME_V1 = 'cse-fieldbook-stage-v1';

/** The key dates v1 covers. */
const DATE_FIELDS_V1 = [
  'deskTopReview',
  'deskTopSentToClient',
  'deskTopSentToCertifyingBody',
  'secondDeskTopReview',
  'visit',
  'analysisSentToCertifyingBody',
] as const;

/** One element entry, as v1 covers it. */
export const ENTRY_SHAPE_V1 = {
  element: true,
  deskTopEvidence: true,
  keyQuestions: true,
  visitEvidence: true,
  verifiedOnSite: true,
  dtrMark: true,
  finalMark: true,
  cpJustification: true,
  developmentNote: true,
} as const satisfies Shape;

/** A stage's surveillance records, as v1 covers them. */
export const SURVEILLANCE_SHAPE_V1 = {
  contactedOn: true,
  category: { category: true, reason: true, decidedOn: true },
  significantChanges: [{ kind: true, description: true, date: true }],
  developmentPoints: [{ point: true, status: true, clientResponse: true, assessorUpdate: true }],
  documents: [{ document: true, receiptConfirmed: true, receivedOn: true, note: true }],
  onSitePlan: [{ date: true, time: true, people: true, issues: true }],
  activities: [{ activity: true, done: true, note: true }],
  whatHasChanged: [{ criterion: true, text: true }],
} as const satisfies Shape;

/** Key dates in their exchange text form, so the hash does not depend on how they are held. */
export function datesText(dates: object, fields: readonly string[]): Record<string, string | null> {
  const held = dates as Readonly<Record<string, KeyDate | null | undefined>>;
  return Object.fromEntries(fields.map((f) => [f, keyDateText(held[f] ?? null)]));
}

/** What a v1 sign-off vouches for. */
export function signedContentV1(record: AssessmentRecord, stage: Stage): unknown {
  const org = record.organisation;
  return {
    scheme: SCHEME_V1,
    organisation: {
      id: org.id,
      name: org.name,
      reference: org.reference,
      unitsInScope: org.unitsInScope,
    },
    stage: {
      id: stage.id,
      kind: stage.kind,
      cycle: stage.cycle,
      catalogue: stage.catalogueId,
      assessor: stage.assessor,
      dates: datesText(stage.dates, DATE_FIELDS_V1),
      visitDays: stage.visitDays,
      notes: stage.notes,
      entries: project(stage.entries, [ENTRY_SHAPE_V1]),
      surveillance: project(stage.surveillance, SURVEILLANCE_SHAPE_V1),
    },
  };
}
