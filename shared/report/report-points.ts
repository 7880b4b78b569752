import { stageDevelopmentPoints } from '../records/record-facts';
import type { CriterionNumber, ElementId } from '../types/ids';
import type { MaybeMark } from '../types/marks';
import type { AssessmentRecord, Stage } from '../types/record';

/**
 * The development points of a stage's report: one per element whose final mark at the stage is
 * P or NC, in catalogue order. Each has two texts — what the assessor found, what would make it
 * full — that start as a pre-fill from the record and stay live (they follow the workbook) until
 * the assessor edits them in the report (StageReport.developmentPoints).
 */

/** A report text: what the report prints, the pre-fill, and whether the assessor wrote it. */
export interface ReportText {
  readonly text: string;
  readonly prefill: string;
  readonly edited: boolean;
}

export interface ReportPoint {
  readonly element: ElementId;
  readonly criterion: CriterionNumber;
  readonly statement: string;
  readonly mark: 'P' | 'NC';
  readonly dtrMark: MaybeMark;
  /** The element's visit evidence as written (the pre-fill of `found` leaves out "VO" and pointers). */
  readonly visitEvidence: string;
  /** The earlier stage that raised the point and carried it here; null when raised here. */
  readonly raisedAtTitle: string | null;
  readonly found: ReportText;
  readonly toMakeFull: ReportText;
}

/**
 * Words assessors put in the visit-evidence column that are not findings: a bare "VO" (verified
 * on site) and the pointer to this very report ("See assessment report for development point",
 * as real records write it, with or without "the", plural, full stop).
 */
const POINTER =
  /\bsee\s+(?:the\s+)?(?:assessment\s+)?report\s+for\s+(?:the\s+)?development\s+points?\b\.?/gi;
const LEADING_VO = /^\s*VO\b\s*[-–—:;,.]?\s*/;

/** The visit evidence without the "VO" tick and the pointer to the report; "" if that was all. */
export function findingsFromVisitEvidence(text: string): string {
  return text.replace(POINTER, '').replace(LEADING_VO, '').trim();
}

function reportText(written: string | null | undefined, prefill: string): ReportText {
  return written === null || written === undefined
    ? { text: prefill, prefill, edited: false }
    : { text: written, prefill, edited: true };
}

/**
 * The development points of `stage` (a stage of `record`) with their texts: the record's own list
 * (`stageDevelopmentPoints`, shared/records/record-facts.ts, which every export prints), limited to
 * the elements whose final mark at the stage is P or NC — one per such element, catalogue order.
 */
export function reportPoints(record: AssessmentRecord, stage: Stage): ReportPoint[] {
  const written = new Map(stage.report.developmentPoints.map((p) => [p.element, p] as const));
  const entries = new Map(stage.entries.map((e) => [e.element, e] as const));
  const points: ReportPoint[] = [];
  for (const point of stageDevelopmentPoints(record, stage.id)) {
    const entry = entries.get(point.element);
    const mark = point.mark;
    if (!entry || (mark !== 'P' && mark !== 'NC')) continue;
    // The note written at this stage; else the latest one written while the point was carried.
    const note = point.note.trim() || point.latestNote.trim();
    const found = [findingsFromVisitEvidence(entry.visitEvidence), point.assessorUpdate.trim()]
      .filter((t) => t !== '')
      .join('\n\n');
    const own = written.get(point.element);
    points.push({
      element: point.element,
      criterion: point.criterion,
      statement: point.statement,
      mark,
      dtrMark: entry.dtrMark,
      visitEvidence: entry.visitEvidence,
      raisedAtTitle: point.raisedHere ? null : point.raisedAtTitle,
      found: reportText(own?.found, found),
      toMakeFull: reportText(own?.toMakeFull, note),
    });
  }
  return points;
}

/** Texts the assessor wrote for elements that are no longer P or NC: kept, shown, not printed. */
export function keptPointTexts(
  stage: Stage,
): { readonly element: ElementId; readonly mark: MaybeMark }[] {
  return stage.report.developmentPoints
    .filter((p) => {
      const mark = stage.entries.find((e) => e.element === p.element)?.finalMark ?? null;
      return mark !== 'P' && mark !== 'NC' && (p.found !== null || p.toMakeFull !== null);
    })
    .map((p) => ({
      element: p.element,
      mark: stage.entries.find((e) => e.element === p.element)?.finalMark ?? null,
    }));
}
