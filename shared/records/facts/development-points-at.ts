import { findCatalogue } from '../../catalogue/catalogue';
import type { DevelopmentPoint, StatusSource } from '../../surveillance/development-points';
import { trackDevelopmentPoints } from '../../surveillance/development-points';
import type { CriterionNumber, ElementId, StageId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { AssessmentRecord } from '../../types/record';
import type { DevelopmentPointId, DevelopmentPointStatus } from '../../types/surveillance';

/**
 * A development point as it stands at one stage: what every export of the record (DOCX, PDF,
 * XLSX, the surveillance and assessment reports) lists under "Development points" for that stage.
 */
export interface StageDevelopmentPoint {
  readonly id: DevelopmentPointId;
  readonly element: ElementId;
  readonly criterion: CriterionNumber;
  readonly statement: string;
  readonly raisedAt: StageId;
  readonly raisedAtTitle: string;
  /** The final mark that raised it. */
  readonly raisedAs: 'P' | 'NC';
  /** True when it was raised at this stage (not carried into it). */
  readonly raisedHere: boolean;
  /** The element's final mark at this stage. */
  readonly mark: MaybeMark;
  /** Its status at this stage, and where that came from (the assessor, the marks, carried). */
  readonly status: DevelopmentPointStatus;
  readonly statusSource: StatusSource;
  /**
   * The development note exactly as the element's entry at THIS stage holds it ("" when none is
   * written there); `latestNote` is the latest written at or before this stage.
   */
  readonly note: string;
  readonly latestNote: string;
  /** The client's response and the assessor's update recorded at this stage ("" when none). */
  readonly clientResponse: string;
  readonly assessorUpdate: string;
  /** The whole tracked point up to this stage (its steps end at this stage). */
  readonly point: DevelopmentPoint;
}

/**
 * The development points at the stage `stageId`: every point raised there or carried into it
 * (see shared/surveillance/development-points.ts for the rules), with its status at the stage —
 * points cleared at this stage included, with status `cleared`. In catalogue order; an element
 * has at most one point at a stage. Later stages do not change the answer. An unknown stage id
 * gives `[]`.
 *
 * This is THE list of development points: the DOCX, PDF and XLSX exports, the surveillance report
 * and the assessment report all print it, so that one record never disagrees with itself.
 */
export function stageDevelopmentPoints(
  record: AssessmentRecord,
  stageId: StageId | string,
): StageDevelopmentPoint[] {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) return [];
  const upTo = { ...record, stages: record.stages.slice(0, index + 1) };
  const entries = new Map(stage.entries.map((e) => [e.element, e] as const));
  const order = new Map(
    (findCatalogue(stage.catalogueId)?.elements ?? []).map((e, i) => [e.id, i] as const),
  );
  const rank = (id: ElementId): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const out: StageDevelopmentPoint[] = [];
  for (const point of trackDevelopmentPoints(upTo).points) {
    const step = point.steps.find((s) => s.stageId === stage.id);
    if (!step) continue;
    out.push({
      id: point.id,
      element: point.element,
      criterion: point.criterion,
      statement: point.statement,
      raisedAt: point.raisedAt,
      raisedAtTitle: point.raisedAtTitle,
      raisedAs: point.raisedAs,
      raisedHere: point.raisedAt === stage.id,
      mark: step.mark,
      status: step.status,
      statusSource: step.statusSource,
      note: entries.get(point.element)?.developmentNote ?? '',
      latestNote: point.note,
      clientResponse: step.clientResponse,
      assessorUpdate: step.assessorUpdate,
      point,
    });
  }
  return out.sort(
    (a, b) => rank(a.element) - rank(b.element) || a.element.localeCompare(b.element),
  );
}

/** The points open after `stageId`: at the stage and not cleared there (the next stage's list). */
export function openDevelopmentPointsAfter(
  record: AssessmentRecord,
  stageId: StageId | string,
): StageDevelopmentPoint[] {
  return stageDevelopmentPoints(record, stageId).filter((p) => p.status !== 'cleared');
}

/** A development note kept on an element that has no development point at the stage. */
export interface OtherDevelopmentNote {
  readonly element: ElementId;
  readonly statement: string;
  readonly mark: MaybeMark;
  readonly note: string;
}

/**
 * The development notes the stage's entries hold on elements WITHOUT a development point at the
 * stage (a note kept after its point was cleared, or written on an element marked F): printed
 * apart from the points, so that no note is lost and none is taken for a point. Catalogue order.
 */
export function otherDevelopmentNotes(
  record: AssessmentRecord,
  stageId: StageId | string,
): OtherDevelopmentNote[] {
  const stage = record.stages.find((s) => s.id === stageId);
  if (!stage) return [];
  const pointed = new Set(stageDevelopmentPoints(record, stageId).map((p) => p.element));
  const catalogue = findCatalogue(stage.catalogueId);
  return stage.entries
    .filter((e) => e.developmentNote.trim() !== '' && !pointed.has(e.element))
    .map((e) => ({
      element: e.element,
      statement: catalogue?.byId.get(e.element)?.statement ?? '',
      mark: e.finalMark,
      note: e.developmentNote,
    }));
}
