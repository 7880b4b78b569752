import { findCatalogue } from '../catalogue/catalogue';
import { linkedEvidenceFor } from '../evidence/links';
import type { StageReport } from '../types/report';
import type { AssessmentRecord, Stage } from '../types/record';
import type { Shape } from './shape';
import { project } from './shape';
import { ENTRY_SHAPE_V1, SURVEILLANCE_SHAPE_V1, datesText } from './signed-content-v1';

/**
 * Scheme `cse-fieldbook-stage-v2`: everything the signed exports print. Beyond v1 it covers the
 * organisation's contacts, the sign-off itself (who, when, and the public key it was signed
 * with), the evidence linked to the stage's elements (document name, page, section, quoted
 * passage and note of every link whose document is not in the library's trash) and what the
 * assessor wrote for the stage's assessment report (once anything is written). Frozen once it
 * ships, like v1: a field added to records later needs a v3 (test/signoff/schemes.test.ts fails
 * until the new field is either covered by a new scheme or named as not printed).
 */
export const SCHEME_V2 = 'cse-fieldbook-stage-v2';

/** Who signed, when, and with which key: part of what v2 vouches for. */
export interface SignerDetails {
  readonly signedOffBy: string;
  /** ISO 8601 instant. */
  readonly signedOffAt: string;
  /** The raw Ed25519 public key (base64) the sign-off is signed with, or null when unsigned. */
  readonly publicKey: string | null;
}

/** The key dates v2 covers. */
export const DATE_FIELDS_V2 = [
  'deskTopReview',
  'deskTopSentToClient',
  'deskTopSentToCertifyingBody',
  'secondDeskTopReview',
  'secondDeskTopSentToClient',
  'secondDeskTopSentToCertifyingBody',
  'visit',
  'analysisSentToCertifyingBody',
] as const;

/**
 * The organisation's header, as v2 covers it. Not its planned dates of later stages: those are
 * planned after a sign-off (and the exports print them nowhere a sign-off vouches for).
 */
export const ORGANISATION_SHAPE_V2 = {
  id: true,
  name: true,
  reference: true,
  unitsInScope: true,
  contacts: [{ name: true, role: true, email: true, phone: true }],
} as const satisfies Shape;

export const ENTRY_SHAPE_V2 = ENTRY_SHAPE_V1;
export const SURVEILLANCE_SHAPE_V2 = SURVEILLANCE_SHAPE_V1;

/** The assessment report as v2 covers it: everything the assessor wrote (exchange format 5). */
export const REPORT_SHAPE_V2 = {
  introduction: true,
  methodology: true,
  sites: [{ site: true, people: true }],
  strengths: true,
  findings: [{ criterion: true, text: true }],
  developmentPoints: [{ element: true, found: true, toMakeFull: true }],
  recommendation: { decision: true, reason: true },
} as const satisfies Shape;

/**
 * Whether the assessor wrote anything for the report. A stage with nothing written hashes as
 * it did before stages had reports, so every v2 sign-off made before then still verifies.
 */
function reportWritten(report: StageReport | undefined): boolean {
  if (!report) return false;
  return (
    [report.introduction, report.methodology, report.strengths].some((t) => t !== '') ||
    report.sites.length + report.findings.length + report.developmentPoints.length > 0 ||
    report.recommendation !== null
  );
}

/** Stage fields v2 covers, besides `dates`, `entries` and `surveillance` (shaped above). */
export const STAGE_FIELDS_V2 = [
  'id',
  'kind',
  'cycle',
  'catalogueId',
  'assessor',
  'visitDays',
  'notes',
] as const;

/**
 * The linked evidence of the stage, element by element in catalogue order, each element's
 * links in the order the exports list them.
 */
function linkedEvidence(record: AssessmentRecord, stage: Stage): unknown[] {
  const catalogue = findCatalogue(stage.catalogueId);
  const elements = catalogue ? catalogue.elements.map((e) => e.id) : [];
  return elements.flatMap((element) =>
    linkedEvidenceFor(record, stage.id, element).map(({ link, document }) => ({
      element,
      document: document.name,
      page: link.page,
      section: link.section,
      quote: link.quote,
      note: link.note,
    })),
  );
}

/** What a v2 sign-off vouches for. */
export function signedContentV2(
  record: AssessmentRecord,
  stage: Stage,
  signer: SignerDetails,
): unknown {
  return {
    scheme: SCHEME_V2,
    organisation: project(record.organisation, ORGANISATION_SHAPE_V2),
    stage: {
      ...Object.fromEntries(STAGE_FIELDS_V2.map((f) => [f, stage[f]])),
      dates: datesText(stage.dates, DATE_FIELDS_V2),
      entries: project(stage.entries, [ENTRY_SHAPE_V2]),
      surveillance: project(stage.surveillance, SURVEILLANCE_SHAPE_V2),
      ...(reportWritten(stage.report) ? { report: project(stage.report, REPORT_SHAPE_V2) } : {}),
    },
    signOff: {
      signedOffBy: signer.signedOffBy,
      signedOffAt: signer.signedOffAt,
      publicKey: signer.publicKey,
    },
    linkedEvidence: linkedEvidence(record, stage),
  };
}
