import { findCatalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import type { IsoDate } from '../types/dates';
import type { OrganisationId, StageId } from '../types/ids';
import type { AssessmentRecord, Stage } from '../types/record';
import type { PlanAlert } from './alerts';
import { DEFAULT_HORIZON_DAYS, planAlerts } from './alerts';
import type { CategoryAssessment } from './category';
import { assessCategory } from './category';
import type { ActivityStatus, DocumentStatus } from './checklists';
import { activityChecklist, documentChecklist } from './checklists';
import type { DevelopmentPoint } from './development-points';
import { pointsOpenAfter, trackDevelopmentPoints } from './development-points';
import type { OnSitePlan } from './on-site-plan';
import { onSitePlanFor } from './on-site-plan';
import type { ScheduleItem } from './schedule';
import { buildSchedule, nextItem } from './schedule';
import type { VisitModeDecision } from './visit-mode';
import { visitModeFor } from './visit-mode';

export interface PlanOptions {
  /** The day to plan on; passed in, never read from a clock. */
  readonly today: IsoDate;
  /** Rule profile for partial maximums and the category heuristic; default the table profile. */
  readonly profile?: RuleProfile;
  /** Days ahead that count as "upcoming"; default 60. */
  readonly horizonDays?: number;
}

/** The next surveillance (or reassessment) to prepare, with everything its documentation needs. */
export interface NextSurveillance {
  readonly item: ScheduleItem;
  /** The stage before it, whose final marks and category it starts from. */
  readonly basedOn: { readonly stageId: StageId; readonly title: string } | null;
  /** The category after `basedOn`. */
  readonly category: CategoryAssessment | null;
  readonly visit: VisitModeDecision;
  /** Development points carried into it, with their history. */
  readonly openPoints: readonly DevelopmentPoint[];
  /** The requested documents (surveillance only; empty before a reassessment). */
  readonly documents: readonly DocumentStatus[];
  readonly documentsOutstanding: number;
  readonly onSitePlan: OnSitePlan;
  readonly activities: readonly ActivityStatus[];
}

/** Everything the planner works out for one organisation on one day. */
export interface SurveillancePlan {
  readonly organisation: {
    readonly id: OrganisationId;
    readonly name: string;
    readonly reference: string;
  };
  readonly today: IsoDate;
  readonly horizonDays: number;
  readonly schedule: readonly ScheduleItem[];
  readonly alerts: readonly PlanAlert[];
  /** The category after each stage, in record order. */
  readonly categories: readonly CategoryAssessment[];
  readonly next: NextSurveillance | null;
  /** Every development point of the record, open or cleared. */
  readonly developmentPoints: readonly DevelopmentPoint[];
  readonly warnings: readonly string[];
}

/**
 * What preparing the schedule item `item` involves: the stage before it, the category after that
 * stage, on-site or off-site, the development points carried in, documents, on-site plan and
 * activities. `planSurveillance` uses it for the next item; the surveillance exports for the
 * item of the stage they export.
 */
export function nextSurveillance(
  record: AssessmentRecord,
  item: ScheduleItem,
  categories: readonly CategoryAssessment[],
  points: readonly DevelopmentPoint[],
): NextSurveillance {
  const targetIndex = record.stages.findIndex((s) => s.id === item.stageId);
  const baseIndex = (targetIndex >= 0 ? targetIndex : record.stages.length) - 1;
  const base: Stage | null = record.stages[baseIndex] ?? null;
  const target: Stage | null = record.stages[targetIndex] ?? null;
  const category = categories.find((c) => c.stageId === base?.id) ?? null;
  const openPoints = pointsOpenAfter(record, points, baseIndex);
  const documents = item.kind === 'reassessment' ? [] : documentChecklist(target);
  return {
    item,
    basedOn: base ? { stageId: base.id, title: stageTitle(base) } : null,
    category,
    visit: visitModeFor(item.kind, category),
    openPoints,
    documents,
    documentsOutstanding: documents.filter((d) => !d.receiptConfirmed).length,
    onSitePlan: onSitePlanFor(target, openPoints, base),
    activities: activityChecklist(target),
  };
}

function planWarnings(record: AssessmentRecord, schedule: readonly ScheduleItem[]): string[] {
  const warnings: string[] = [];
  if (schedule.some((i) => i.due === null)) {
    warnings.push(
      'Some due dates are not known: give the initial assessment (or the reassessment) a visit date.',
    );
  }
  for (const stage of record.stages) {
    const decision = stage.surveillance.category;
    if (decision !== null && decision.reason.trim() === '') {
      warnings.push(`The category decision after ${stageTitle(stage)} has no written reason.`);
    }
  }
  return warnings;
}

/**
 * Plans the surveillance cycle of `record` on `options.today`: due and contact dates, overdue
 * and upcoming items, the category after each stage (suggestion and decision), the next
 * surveillance with its visit mode, development points, documents, on-site plan and activities.
 * Pure and deterministic.
 */
export function planSurveillance(record: AssessmentRecord, options: PlanOptions): SurveillancePlan {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const schedule = buildSchedule(record, options.today);
  const categories = record.stages.flatMap((stage) => {
    const catalogue = findCatalogue(stage.catalogueId);
    return catalogue ? [assessCategory(stage, catalogue, profile)] : [];
  });
  const tracked = trackDevelopmentPoints(record);
  const item = nextItem(schedule);
  return {
    organisation: {
      id: record.organisation.id,
      name: record.organisation.name,
      reference: record.organisation.reference,
    },
    today: options.today,
    horizonDays,
    schedule,
    alerts: planAlerts(schedule, options.today, horizonDays),
    categories,
    next: item ? nextSurveillance(record, item, categories, tracked.points) : null,
    developmentPoints: tracked.points,
    warnings: [...planWarnings(record, schedule), ...tracked.warnings],
  };
}
