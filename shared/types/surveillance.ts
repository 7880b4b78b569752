import type { Brand } from './brand';
import type { IsoDate } from './dates';
import type { CriterionNumber, ElementId, StageId } from './ids';

/**
 * What the assessor records about the surveillance side of a stage (ASSESSMENT-RECORD.md,
 * sections 2 and 3). Everything computed from it (due dates, suggestions, the report) lives in
 * shared/surveillance/ and is never stored.
 */

/** The surveillance category after a stage; it decides whether surveillance 2 is on-site. */
export const SURVEILLANCE_CATEGORIES = ['high', 'low'] as const;
export type SurveillanceCategory = (typeof SURVEILLANCE_CATEGORIES)[number];

export const SURVEILLANCE_CATEGORY_NAMES: Readonly<Record<SurveillanceCategory, string>> = {
  high: 'High',
  low: 'Low',
};

/** The assessor's decision on the category after a stage; it wins over any suggestion. */
export interface CategoryDecision {
  readonly category: SurveillanceCategory;
  /** Why, in the assessor's words; expected (a decision without one is a plan warning). */
  readonly reason: string;
  readonly decidedOn: IsoDate | null;
}

/** Kinds of significant change an assessor records (scope, merger, restructure, other). */
export const SIGNIFICANT_CHANGE_KINDS = ['scope', 'merger', 'restructure', 'other'] as const;
export type SignificantChangeKind = (typeof SIGNIFICANT_CHANGE_KINDS)[number];

export const SIGNIFICANT_CHANGE_NAMES: Readonly<Record<SignificantChangeKind, string>> = {
  scope: 'Change of scope',
  merger: 'Merger',
  restructure: 'Restructure',
  other: 'Other significant change',
};

/** A significant change at the client, learned of at the stage that records it. */
export interface SignificantChange {
  readonly kind: SignificantChangeKind;
  readonly description: string;
  /** When the change took effect, if known. */
  readonly date: IsoDate | null;
}

/**
 * Identifies a development point: the element and the stage where it was raised, written
 * `"4.3.1@stage-ia-2015"`. A point raised again after it was cleared gets a new id (the later
 * stage), so the history of the first stays intact.
 */
export type DevelopmentPointId = Brand<string, 'DevelopmentPointId'>;

/** Text shape of a development point id (an element number, "@", a stage id). */
// eslint-disable-next-line regexp/prefer-w, regexp/use-ignore-case -- published as written in the exchange format's JSON Schema
export const DEVELOPMENT_POINT_ID_PATTERN = /^\d{1,3}(\.\d{1,3}){0,3}@[A-Za-z0-9_-]{1,64}$/;

/** The id of the development point on `element` raised at `stage`. */
export function developmentPointId(element: ElementId, stage: StageId): DevelopmentPointId {
  return `${element}@${stage}` as DevelopmentPointId;
}

/** The element and raising stage of a point id; `null` when the text is not one. */
export function parseDevelopmentPointId(
  text: string,
): { readonly element: ElementId; readonly stage: StageId } | null {
  if (!DEVELOPMENT_POINT_ID_PATTERN.test(text)) return null;
  const at = text.indexOf('@');
  return { element: text.slice(0, at) as ElementId, stage: text.slice(at + 1) as StageId };
}

export const DEVELOPMENT_POINT_STATUSES = ['open', 'progressing', 'cleared'] as const;
export type DevelopmentPointStatus = (typeof DEVELOPMENT_POINT_STATUSES)[number];

export const DEVELOPMENT_POINT_STATUS_NAMES: Readonly<Record<DevelopmentPointStatus, string>> = {
  open: 'Open',
  progressing: 'Progressing',
  cleared: 'Cleared',
};

/** What was recorded about one development point at one stage. */
export interface DevelopmentPointProgress {
  readonly point: DevelopmentPointId;
  /** The assessor's status at this stage; `null` leaves it to the marks (see development-points). */
  readonly status: DevelopmentPointStatus | null;
  /** The client's response before this stage. */
  readonly clientResponse: string;
  /** The assessor's update after this stage. */
  readonly assessorUpdate: string;
}

/** The documents requested from the client before a surveillance (ASSESSMENT-RECORD.md §2). */
export const REQUESTED_DOCUMENTS = [
  'performance-data',
  'service-review',
  'satisfaction-results',
  'complaints-report',
  'annual-report',
  'changes',
] as const;
export type RequestedDocument = (typeof REQUESTED_DOCUMENTS)[number];

export const REQUESTED_DOCUMENT_NAMES: Readonly<Record<RequestedDocument, string>> = {
  'performance-data': 'Latest performance data for core business against the standards set',
  'service-review':
    'Details of any review of service delivery or standards since the first assessment',
  'satisfaction-results': 'Latest customer satisfaction results',
  'complaints-report': 'Latest complaints report',
  'annual-report': 'Latest annual report',
  changes: 'Details of changes since the last assessment',
};

/** "Assessor to confirm receipt" for one requested document at one stage. */
export interface DocumentReceipt {
  readonly document: RequestedDocument;
  readonly receiptConfirmed: boolean;
  readonly receivedOn: IsoDate | null;
  readonly note: string;
}

/** The generic activities of every surveillance visit (ASSESSMENT-RECORD.md §2). */
export const GENERIC_ACTIVITIES = [
  'certification-mark',
  'customer-information',
  'observe-service',
  'talk-to-people',
] as const;
export type GenericActivity = (typeof GENERIC_ACTIVITIES)[number];

export const GENERIC_ACTIVITY_NAMES: Readonly<Record<GenericActivity, string>> = {
  'certification-mark': 'Use of the certification mark',
  'customer-information': 'Key service and customer care information available to customers',
  'observe-service': 'Observe the service in action',
  'talk-to-people': 'Talk to customers, staff and partners',
};

/** A tick against a generic activity. */
export interface ActivityTick {
  readonly activity: GenericActivity;
  readonly done: boolean;
  readonly note: string;
}

/** One row of the on-site plan table. */
export interface OnSitePlanRow {
  readonly date: IsoDate | null;
  /** Time as the assessor writes it, e.g. "09:30–10:30". */
  readonly time: string;
  readonly people: string;
  readonly issues: string;
}

/** "What has changed since the first assessment" under one criterion (§3). */
export interface CriterionChangeNote {
  readonly criterion: CriterionNumber;
  readonly text: string;
}

/** The surveillance records of one stage. Every field is empty for a new stage. */
export interface StageSurveillance {
  /** When the certifying body contacted the client about this stage. */
  readonly contactedOn: IsoDate | null;
  /** The category after this stage, as the assessor decided it. */
  readonly category: CategoryDecision | null;
  /** Significant changes learned of at this stage. */
  readonly significantChanges: readonly SignificantChange[];
  /** Progress on development points at this stage, at most one per point. */
  readonly developmentPoints: readonly DevelopmentPointProgress[];
  /** Receipt of requested documents, at most one per document. */
  readonly documents: readonly DocumentReceipt[];
  /** The on-site plan as the assessor settled it (empty: the planner suggests one). */
  readonly onSitePlan: readonly OnSitePlanRow[];
  /** Ticks against the generic activities, at most one per activity. */
  readonly activities: readonly ActivityTick[];
  /** What has changed since the first assessment, at most one per criterion. */
  readonly whatHasChanged: readonly CriterionChangeNote[];
}
