import { findCatalogue } from '../../../shared/catalogue/catalogue';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import type { CategoryAssessment } from '../../../shared/surveillance/category';
import { assessCategory } from '../../../shared/surveillance/category';
import type { ActivityStatus, DocumentStatus } from '../../../shared/surveillance/checklists';
import { activityChecklist, documentChecklist } from '../../../shared/surveillance/checklists';
import type { DevelopmentPoint } from '../../../shared/surveillance/development-points';
import {
  pointsOpenAfter,
  trackDevelopmentPoints,
} from '../../../shared/surveillance/development-points';
import type { OnSitePlan } from '../../../shared/surveillance/on-site-plan';
import { onSitePlanFor } from '../../../shared/surveillance/on-site-plan';
import type { VisitModeDecision } from '../../../shared/surveillance/visit-mode';
import { visitModeFor } from '../../../shared/surveillance/visit-mode';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../../shared/types/record';

/**
 * What preparing one started stage involves, worked out the way `planSurveillance` does it for
 * the next stage, but for any stage of the record (the on-site plan editor opens any
 * surveillance): the stage before it, the category after that stage, on-site or off-site, the
 * development points carried in, and the on-site plan, documents and activities of the stage.
 */
export interface StagePreparation {
  readonly stage: Stage;
  /** The stage before it, whose final marks and category it starts from. */
  readonly base: Stage | null;
  readonly baseCategory: CategoryAssessment | null;
  readonly visit: VisitModeDecision;
  readonly openPoints: readonly DevelopmentPoint[];
  readonly onSitePlan: OnSitePlan;
  readonly documents: readonly DocumentStatus[];
  readonly activities: readonly ActivityStatus[];
}

/** The preparation of stage `stageId`; `null` when the record has no such stage. */
export function stagePreparation(
  record: AssessmentRecord,
  stageId: StageId,
  profile: RuleProfile,
): StagePreparation | null {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) return null;
  const base = record.stages[index - 1] ?? null;
  const catalogue = base ? findCatalogue(base.catalogueId) : undefined;
  const baseCategory = base && catalogue ? assessCategory(base, catalogue, profile) : null;
  const points = trackDevelopmentPoints(record).points;
  const openPoints = pointsOpenAfter(record, points, index - 1);
  return {
    stage,
    base,
    baseCategory,
    visit: visitModeFor(stage.kind, baseCategory),
    openPoints,
    onSitePlan: onSitePlanFor(stage, openPoints, base),
    documents: documentChecklist(stage),
    activities: activityChecklist(stage),
  };
}
