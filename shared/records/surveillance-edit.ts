import type { CriterionNumber, StageId } from '../types/ids';
import type { AssessmentRecord, Stage } from '../types/record';
import type {
  ActivityTick,
  CategoryDecision,
  DevelopmentPointProgress,
  DocumentReceipt,
  OnSitePlanRow,
  SignificantChange,
  StageSurveillance,
} from '../types/surveillance';

/**
 * Pure updates of what the assessor records about a stage's surveillance. Each returns a new
 * stage (or record) and never touches its input; lists keyed by point, document, activity or
 * criterion hold at most one item per key, in the order first recorded.
 */

/** A copy of `stage` with its surveillance records changed by `change`. */
export function updateSurveillance(
  stage: Stage,
  change: (current: StageSurveillance) => StageSurveillance,
): Stage {
  return { ...stage, surveillance: change(stage.surveillance) };
}

/** Replaces the item with the same key, or appends it. */
function upsert<T>(items: readonly T[], item: T, sameKey: (a: T, b: T) => boolean): T[] {
  const found = items.some((i) => sameKey(i, item));
  return found ? items.map((i) => (sameKey(i, item) ? item : i)) : [...items, item];
}

/** Records (or with `null` withdraws) the assessor's category decision after `stage`. */
export function setCategoryDecision(stage: Stage, decision: CategoryDecision | null): Stage {
  return updateSurveillance(stage, (s) => ({ ...s, category: decision }));
}

/** Replaces the significant changes recorded at `stage`. */
export function setSignificantChanges(stage: Stage, changes: readonly SignificantChange[]): Stage {
  return updateSurveillance(stage, (s) => ({ ...s, significantChanges: [...changes] }));
}

/** Records status, client response and assessor update of one development point at `stage`. */
export function setPointProgress(stage: Stage, progress: DevelopmentPointProgress): Stage {
  return updateSurveillance(stage, (s) => ({
    ...s,
    developmentPoints: upsert(s.developmentPoints, progress, (a, b) => a.point === b.point),
  }));
}

/** Records receipt of one requested document at `stage`. */
export function setDocumentReceipt(stage: Stage, receipt: DocumentReceipt): Stage {
  return updateSurveillance(stage, (s) => ({
    ...s,
    documents: upsert(s.documents, receipt, (a, b) => a.document === b.document),
  }));
}

/** Ticks (or unticks) one generic activity at `stage`. */
export function setActivityTick(stage: Stage, tick: ActivityTick): Stage {
  return updateSurveillance(stage, (s) => ({
    ...s,
    activities: upsert(s.activities, tick, (a, b) => a.activity === b.activity),
  }));
}

/** Replaces the on-site plan rows of `stage` (e.g. with the planner's suggested rows). */
export function setOnSitePlan(stage: Stage, rows: readonly OnSitePlanRow[]): Stage {
  return updateSurveillance(stage, (s) => ({ ...s, onSitePlan: [...rows] }));
}

/** Records "what has changed since the first assessment" under one criterion at `stage`. */
export function setWhatHasChanged(stage: Stage, criterion: CriterionNumber, text: string): Stage {
  return updateSurveillance(stage, (s) => ({
    ...s,
    whatHasChanged: upsert(
      s.whatHasChanged,
      { criterion, text },
      (a, b) => a.criterion === b.criterion,
    ),
  }));
}

/** A copy of `record` with the stage of the same id replaced by `stage`. */
export function withStage(record: AssessmentRecord, stage: Stage): AssessmentRecord {
  return { ...record, stages: record.stages.map((s) => (s.id === stage.id ? stage : s)) };
}

/** A copy of `record` with the stage `id` changed by `change`; unchanged if there is none. */
export function updateStage(
  record: AssessmentRecord,
  id: StageId,
  change: (stage: Stage) => Stage,
): AssessmentRecord {
  return { ...record, stages: record.stages.map((s) => (s.id === id ? change(s) : s)) };
}
