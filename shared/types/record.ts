import type { EvidenceLibrary } from '../evidence/types';
import type { KeyDate } from './dates';
import type { CatalogueId, ElementId, OrganisationId, StageId } from './ids';
import type { MaybeMark } from './marks';
import type { StageReport } from './report';
import type { StageSurveillance } from './surveillance';

/** The stages of a three-year certification cycle, in the order they happen. */
export const STAGE_KINDS = ['initial', 'surveillance-1', 'surveillance-2', 'reassessment'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_KIND_NAMES: Readonly<Record<StageKind, string>> = {
  initial: 'Initial assessment',
  'surveillance-1': 'Surveillance 1',
  'surveillance-2': 'Surveillance 2',
  reassessment: 'Reassessment',
};

/** A person at the client organisation the assessor deals with. */
export interface Contact {
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly phone: string;
}

/** The client organisation: the header of the assessment record. */
export interface Organisation {
  readonly id: OrganisationId;
  readonly name: string;
  /** Assessment reference number as the certifying body writes it, e.g. "14/5167". */
  readonly reference: string;
  /** The units in scope as written, e.g. "Library, Student Services, Careers and Reception". */
  readonly unitsInScope: string;
  readonly contacts: readonly Contact[];
  /**
   * When the next stages of the cycle are planned, entered before those stages exist (the record's
   * "Date of first surveillance | Date of second surveillance | Date of Recertification" row);
   * null is "TBC". Once a stage exists, its own visit date is what happened.
   */
  readonly plannedDates: PlannedDates;
}

/** The planned dates of the cycle's later stages (exchange format 5). */
export interface PlannedDates {
  readonly surveillance1: KeyDate | null;
  readonly surveillance2: KeyDate | null;
  readonly recertification: KeyDate | null;
}

export const PLANNED_DATE_FIELDS = [
  'surveillance1',
  'surveillance2',
  'recertification',
] as const satisfies readonly (keyof PlannedDates)[];

export const PLANNED_DATE_NAMES: Readonly<Record<keyof PlannedDates, string>> = {
  surveillance1: 'Date of first surveillance',
  surveillance2: 'Date of second surveillance',
  recertification: 'Date of recertification',
};

/** Nothing planned yet: every date "TBC". */
export const EMPTY_PLANNED_DATES: PlannedDates = {
  surveillance1: null,
  surveillance2: null,
  recertification: null,
};

/** The key dates of a stage (../ASSESSMENT-RECORD.md, header); each may be empty. */
export interface StageDates {
  /** First desk-top analysis. */
  readonly deskTopReview: KeyDate | null;
  readonly deskTopSentToClient: KeyDate | null;
  readonly deskTopSentToCertifyingBody: KeyDate | null;
  /** Second desk-top analysis; often N/A. */
  readonly secondDeskTopReview: KeyDate | null;
  /** Exchange format 5: when the second desk-top analysis went to the client. */
  readonly secondDeskTopSentToClient: KeyDate | null;
  /** Exchange format 5: when the second desk-top analysis went to the certifying body. */
  readonly secondDeskTopSentToCertifyingBody: KeyDate | null;
  /** The assessment or surveillance visit; may span days. */
  readonly visit: KeyDate | null;
  readonly analysisSentToCertifyingBody: KeyDate | null;
}

export const STAGE_DATE_FIELDS = [
  'deskTopReview',
  'deskTopSentToClient',
  'deskTopSentToCertifyingBody',
  'secondDeskTopReview',
  'secondDeskTopSentToClient',
  'secondDeskTopSentToCertifyingBody',
  'visit',
  'analysisSentToCertifyingBody',
] as const satisfies readonly (keyof StageDates)[];

export const STAGE_DATE_NAMES: Readonly<Record<keyof StageDates, string>> = {
  deskTopReview: 'First desk-top analysis',
  deskTopSentToClient: 'Desk-top analysis sent to client',
  deskTopSentToCertifyingBody: 'Desk-top analysis sent to certifying body',
  secondDeskTopReview: 'Second desk-top analysis',
  secondDeskTopSentToClient: 'Second desk-top analysis sent to client',
  secondDeskTopSentToCertifyingBody: 'Second desk-top analysis sent to certifying body',
  visit: 'Visit date(s)',
  analysisSentToCertifyingBody: 'Assessment analysis sent to certifying body',
};

/** What the assessor records for one element at one stage. */
export interface ElementEntry {
  readonly element: ElementId;
  /** What the client submitted for the desk-top review. */
  readonly deskTopEvidence: string;
  /** Key questions to explore on site, and the person asked. */
  readonly keyQuestions: string;
  /** What was seen or heard on the visit day(s). */
  readonly visitEvidence: string;
  /** "VO": the evidence was verified on site. */
  readonly verifiedOnSite: boolean;
  /** Mark after the desk-top review. */
  readonly dtrMark: MaybeMark;
  /** Mark after the assessment visit (the final mark). */
  readonly finalMark: MaybeMark;
  /** Why the element earns Compliance Plus; expected whenever a mark is CP. */
  readonly cpJustification: string;
  /** The development point for the client; expected whenever a mark is P or NC. */
  readonly developmentNote: string;
}

/** The text fields of an element entry, in the order the record shows them. */
export const ENTRY_TEXT_FIELDS = [
  'deskTopEvidence',
  'keyQuestions',
  'visitEvidence',
  'cpJustification',
  'developmentNote',
] as const satisfies readonly (keyof ElementEntry)[];
export type EntryTextField = (typeof ENTRY_TEXT_FIELDS)[number];

/**
 * The assessor's sign-off of a stage: from then on the stage is read-only, and its exports show
 * the content hash so the certifying body can tell a document was not edited afterwards.
 */
export interface StageSignOff {
  /** When it was signed off (ISO 8601 instant). */
  readonly signedOffAt: string;
  readonly signedOffBy: string;
  /** Lower-case hex SHA-256 of the stage's signed content (shared/signoff/content-hash.ts). */
  readonly contentHash: string;
  /** What was hashed, e.g. "cse-fieldbook-stage-v2" (shared/signoff/content-hash.ts). */
  readonly scheme: string;
  /**
   * The assessor's Ed25519 signature of the scheme and hash, with the public key to check it
   * (exchange format 5). Absent or null for a sign-off made without a key (formats 4 and older).
   */
  readonly signature?: SignOffSignature | null;
}

/** An Ed25519 signature of a sign-off (shared/signoff/signature.ts). */
export interface SignOffSignature {
  readonly algorithm: 'Ed25519';
  /** The raw 32-byte public key, base64. */
  readonly publicKey: string;
  /** The 64-byte signature, base64. */
  readonly value: string;
}

/** One stage of the cycle: an initial assessment, a surveillance or a reassessment. */
export interface Stage {
  readonly id: StageId;
  readonly kind: StageKind;
  /** 1 for the first three-year cycle; each reassessment starts the next. */
  readonly cycle: number;
  /** The edition of the standard this stage is scored against. */
  readonly catalogueId: CatalogueId;
  readonly assessor: string;
  readonly dates: StageDates;
  /** Number of visit days the assessor plans or used; the scheme sets no formula. */
  readonly visitDays: number | null;
  /** Free text for the stage; also where imports put text they could not place. */
  readonly notes: string;
  /** One entry per element of the catalogue, in catalogue order. */
  readonly entries: readonly ElementEntry[];
  /** Present once the assessor signed the stage off; the stage is then read-only. */
  readonly signOff?: StageSignOff;
  /** The surveillance records of the stage (category, development points, documents, plan). */
  readonly surveillance: StageSurveillance;
  /** What the assessor wrote for the stage's assessment report (exchange format 5). */
  readonly report: StageReport;
}

/** An organisation's whole record across its cycles. */
export interface AssessmentRecord {
  readonly organisation: Organisation;
  /** In the order they happened. */
  readonly stages: readonly Stage[];
  /**
   * The evidence library (documents' metadata and links to elements), when the record carries
   * one: read from an exchange file (format 3) or loaded for saving and exporting. Absent means
   * none recorded; the workbook's autosave never writes it.
   */
  readonly evidence?: EvidenceLibrary;
}
