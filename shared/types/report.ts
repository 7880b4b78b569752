import type { CriterionNumber, ElementId } from './ids';

/**
 * The assessment report of a stage: the narrative the assessor writes after the visit for the
 * client and the certifying body (ASSESSMENT-RECORD.md, "The assessment report"). Only what the
 * assessor writes is stored here; the key information, the development points' pre-fill, the
 * Compliance Plus justifications, the scores and the derived recommendation are built from the
 * record whenever the report is shown or exported (shared/report/), never stored.
 */

/** The recommendations a report can make on certification. */
export const RECOMMENDATIONS = ['recommend', 'recommend-subject-to', 'do-not-recommend'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** One row of the methodology table: a site visited and the people and groups met there. */
export interface ReportSiteRow {
  readonly site: string;
  readonly people: string;
}

/** The assessor's findings under one criterion. */
export interface ReportFinding {
  readonly criterion: CriterionNumber;
  readonly text: string;
}

/**
 * The assessor's own wording of one development point. `null` in a field means "not edited":
 * the report shows the pre-fill from the record (development note, visit evidence), which stays
 * live — a change in the workbook shows at once. Text (even empty) means the assessor wrote it.
 * A text is kept when its element's mark moves away from P or NC, and shows again if it returns.
 */
export interface ReportPointText {
  readonly element: ElementId;
  /** What the assessor found. */
  readonly found: string | null;
  /** What would make the element fully compliant. */
  readonly toMakeFull: string | null;
}

/**
 * The assessor's decision on the recommendation. When `decision` equals the recommendation the
 * marks give, the assessor confirmed it; when it differs, it is an override and `reason` says
 * why (an override without a reason is listed by the pre-export check). A confirmation that the
 * marks later contradict reads as an override without a reason, so it is never silently stale.
 */
export interface RecommendationDecision {
  readonly decision: Recommendation;
  readonly reason: string;
}

/** What the assessor wrote for a stage's report. Every field is empty for a new stage. */
export interface StageReport {
  /** 2 Introduction and background. */
  readonly introduction: string;
  /** 3 Methodology: how the desk-top review and the visit were done. */
  readonly methodology: string;
  /** 3 Methodology: the sites visited and the people and groups met, in the assessor's order. */
  readonly sites: readonly ReportSiteRow[];
  /** 4 Summary of strengths. */
  readonly strengths: string;
  /** 5 Assessor's findings, at most one per criterion. */
  readonly findings: readonly ReportFinding[];
  /** The assessor's wording of development points, at most one per element. */
  readonly developmentPoints: readonly ReportPointText[];
  /** The assessor's confirmation or override of the recommendation; null while undecided. */
  readonly recommendation: RecommendationDecision | null;
}

/** The sections of a report the assessor writes, as the audit trail names them. */
export const REPORT_FIELDS = [
  'introduction',
  'methodology',
  'sites',
  'strengths',
  'findings',
  'developmentPoints',
  'recommendation',
] as const satisfies readonly (keyof StageReport)[];

/** A report with nothing written (a fresh object each call). */
export function emptyStageReport(): StageReport {
  return {
    introduction: '',
    methodology: '',
    sites: [],
    strengths: '',
    findings: [],
    developmentPoints: [],
    recommendation: null,
  };
}
