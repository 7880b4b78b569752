import type { CriterionNumber, ElementId } from '../types/ids';
import type { RecommendationDecision, ReportSiteRow, StageReport } from '../types/report';

/**
 * Pure edits of a stage's report, as the report screen makes them. Each returns a new report;
 * the store saves it with `editStage(stageId, { report })`.
 */

/** The free-text sections. */
export type ReportTextSection = 'introduction' | 'methodology' | 'strengths';

export function setReportText(
  report: StageReport,
  section: ReportTextSection,
  text: string,
): StageReport {
  return { ...report, [section]: text };
}

/** The findings under one criterion; an emptied text is dropped (nothing written). */
export function setFinding(
  report: StageReport,
  criterion: CriterionNumber,
  text: string,
): StageReport {
  const others = report.findings.filter((f) => f.criterion !== criterion);
  const findings = text === '' ? others : [...others, { criterion, text }];
  return { ...report, findings: findings.sort((a, b) => a.criterion - b.criterion) };
}

/**
 * One text of a development point: a string is the assessor's own wording (even empty), `null`
 * goes back to the live pre-fill. A point with both texts back at the pre-fill is dropped.
 */
export function setPointText(
  report: StageReport,
  element: ElementId,
  which: 'found' | 'toMakeFull',
  text: string | null,
): StageReport {
  const current = report.developmentPoints.find((p) => p.element === element) ?? {
    element,
    found: null,
    toMakeFull: null,
  };
  const next = { ...current, [which]: text };
  const others = report.developmentPoints.filter((p) => p.element !== element);
  return {
    ...report,
    developmentPoints: next.found === null && next.toMakeFull === null ? others : [...others, next],
  };
}

/** The methodology table, rows in the assessor's order. */
export function setSites(report: StageReport, sites: readonly ReportSiteRow[]): StageReport {
  return { ...report, sites };
}

/** The assessor's confirmation or override; null: undecided again. */
export function setDecision(
  report: StageReport,
  decision: RecommendationDecision | null,
): StageReport {
  return { ...report, recommendation: decision };
}
