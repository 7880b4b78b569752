import type {
  DevelopmentPoint,
  DevelopmentPointStep,
} from '../../../shared/surveillance/development-points';
import type { AssessmentRecord, Stage } from '../../../shared/types/record';
import type {
  DevelopmentPointId,
  DevelopmentPointProgress,
} from '../../../shared/types/surveillance';

/** The filters of the development-points list. */
export const POINT_FILTERS = ['all', 'open', 'cleared', 'nc'] as const;
export type PointFilter = (typeof POINT_FILTERS)[number];

/** The filters' names on their chips. */
export const POINT_FILTER_NAMES: Readonly<Record<PointFilter, string>> = {
  all: 'All',
  open: 'Not cleared',
  cleared: 'Cleared',
  nc: 'Non-compliance',
};

/** The points a filter shows: `open` keeps open and progressing, `nc` every NC point. */
export function filterPoints(
  points: readonly DevelopmentPoint[],
  filter: PointFilter,
): DevelopmentPoint[] {
  switch (filter) {
    case 'all':
      return [...points];
    case 'open':
      return points.filter((p) => p.status !== 'cleared');
    case 'cleared':
      return points.filter((p) => p.status === 'cleared');
    case 'nc':
      return points.filter((p) => p.nonCompliance);
  }
}

/**
 * The stage whose progress the list edits: the record's latest stage (the one in hand). Progress
 * is recorded on a stage a point was CARRIED into; at the stage that raised it there is no
 * client response yet, so `editableStep` is `null` there.
 */
export function currentStage(record: AssessmentRecord): Stage | null {
  return record.stages[record.stages.length - 1] ?? null;
}

/** The point's step at `stage` when progress can be recorded there, else `null`. */
export function editableStep(
  point: DevelopmentPoint,
  stage: Stage | null,
): DevelopmentPointStep | null {
  if (!stage || point.raisedAt === stage.id) return null;
  return point.steps.find((s) => s.stageId === stage.id) ?? null;
}

/** What `stage` records about `point`, or an empty progress (status left to the marks). */
export function recordedProgress(
  stage: Stage,
  point: DevelopmentPointId,
): DevelopmentPointProgress {
  return (
    stage.surveillance.developmentPoints.find((p) => p.point === point) ?? {
      point,
      status: null,
      clientResponse: '',
      assessorUpdate: '',
    }
  );
}
