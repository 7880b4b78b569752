import { stageTitle } from '../records/select-stage';
import type { CategoryAssessment } from '../surveillance/category';
import type { NextSurveillance } from '../surveillance/plan';
import { nextSurveillance, planSurveillance } from '../surveillance/plan';
import type { SurveillanceReport } from '../surveillance/report';
import { surveillanceReport } from '../surveillance/report';
import type { IsoDate } from '../types/dates';
import { formatKeyDate, formatLongDate, parseIsoDate } from '../types/dates';
import type { StageId } from '../types/ids';
import type { AssessmentRecord, Stage, StageKind } from '../types/record';
import { SURVEILLANCE_CATEGORY_NAMES } from '../types/surveillance';
import type { ExportContext, ExportOptions } from './export-context';
import { ExportError, exportContext } from './export-context';

/**
 * What the surveillance exports (the client's documentation, the report, their workbook
 * sheets) need of one surveillance stage, worked out once by the surveillance core.
 */

/** Export options with the day the surveillance is planned on; shared code never reads a clock. */
export interface SurveillanceExportOptions extends ExportOptions {
  /** The day the plan is worked out on (due dates depend on which stages are held by then). */
  readonly today: IsoDate;
}

/** The stage kinds that have surveillance exports. */
export const SURVEILLANCE_STAGE_KINDS: readonly StageKind[] = ['surveillance-1', 'surveillance-2'];

/** Whether a stage of `kind` has the surveillance documentation and report. */
export function isSurveillanceKind(kind: StageKind): boolean {
  return SURVEILLANCE_STAGE_KINDS.includes(kind);
}

export interface SurveillanceExportData {
  readonly context: ExportContext;
  /** The stage's preparation as the planner works it out (for this stage, not the next). */
  readonly preparation: NextSurveillance;
  /** The report of the stage under the export's profile. */
  readonly report: SurveillanceReport;
  /** The category after this stage (decision or suggestion); it decides the next visit. */
  readonly categoryAfter: CategoryAssessment | null;
  readonly today: IsoDate;
}

/**
 * Resolves the stage and works out its plan (on `options.today`) and its report. Throws
 * `ExportError` when the stage is not in the record, is not a surveillance, or the surveillance
 * core cannot report on it — caller errors, since callers offer these exports for surveillance
 * stages only.
 */
export function surveillanceExportData(
  record: AssessmentRecord,
  stageId: StageId | string,
  options: SurveillanceExportOptions,
): SurveillanceExportData {
  return surveillanceDataOf(exportContext(record, stageId, options), options.today);
}

/** `surveillanceExportData` for a context already resolved (the workbook resolves it once). */
export function surveillanceDataOf(context: ExportContext, today: IsoDate): SurveillanceExportData {
  const { record, stage, profile } = context;
  if (!isSurveillanceKind(stage.kind)) {
    throw new ExportError(
      `the surveillance exports are made for a surveillance stage; ${stageTitle(stage)} (stage ${context.stageNumber}) is not one`,
    );
  }
  if (parseIsoDate(today) === null) {
    throw new ExportError(`today "${today}" is not a date written YYYY-MM-DD`);
  }
  const plan = planSurveillance(record, { today, profile });
  const item = plan.schedule.find((i) => i.stageId === stage.id);
  if (!item) {
    throw new ExportError(
      `${stageTitle(stage)} (stage ${context.stageNumber}) is not in the surveillance schedule: is there another ${stageTitle(stage)} in cycle ${stage.cycle}?`,
    );
  }
  const report = surveillanceReport(record, stage.id, profile);
  if (!report.ok) throw new ExportError(report.errors.join('; '));
  return {
    context,
    preparation: nextSurveillance(record, item, plan.categories, plan.developmentPoints),
    report: report.value,
    categoryAfter: plan.categories.find((c) => c.stageId === stage.id) ?? null,
    today,
  };
}

/**
 * The export's `today` for callers that may not give one (the workbook): the given day, else
 * the date of `generatedAt` — still passed in, never read from a clock.
 */
export function todayOrGenerated(options: ExportOptions & { readonly today?: IsoDate }): IsoDate {
  if (options.today !== undefined) return options.today;
  const day = parseIsoDate(options.generatedAt.slice(0, 10));
  if (day === null) {
    throw new ExportError(`generatedAt "${options.generatedAt}" does not start with a date`);
  }
  return day;
}

/** "10 March 2016", or "TBC (due 11 March 2016)" while the visit date is not set. */
export function visitDateText(stage: Stage, preparation: NextSurveillance): string {
  const visit = formatKeyDate(stage.dates.visit);
  const due = preparation.item.due;
  const dueText = due === null ? '' : `due ${formatLongDate(due)}`;
  if (visit === '' || visit === 'TBC') {
    return dueText === '' ? 'TBC' : `TBC (${dueText})`;
  }
  if (visit === 'N/A') return `N/A (off-site review)${dueText === '' ? '' : `; ${dueText}`}`;
  return visit;
}

/** "1", or "To be confirmed" while the assessor has not set it. */
export function visitDaysText(stage: Stage): string {
  return stage.visitDays === null ? 'To be confirmed' : String(stage.visitDays);
}

/**
 * A surveillance category as the exports print it: the assessor's decision with its reason,
 * or — while there is none — the labelled suggestion with its reasons.
 */
export function categoryText(category: CategoryAssessment | null): string {
  if (category === null) return 'Not known: there is no stage before this one.';
  const decided = category.decision;
  if (decided !== null) {
    const reason = decided.reason.trim();
    return `${SURVEILLANCE_CATEGORY_NAMES[category.category]} — the assessor's decision${reason === '' ? '' : `: ${reason}`}`;
  }
  const suggested = category.suggestion;
  return `${SURVEILLANCE_CATEGORY_NAMES[suggested.category]} — suggestion only (${suggested.label}). ${suggested.reasons.join(' ')}`;
}

/** "On-site — Surveillance 1 is always on-site." */
export function visitModeText(preparation: NextSurveillance): string {
  const mode = preparation.visit.mode === 'on-site' ? 'On-site' : 'Off-site';
  return `${mode} — ${preparation.visit.reasons.join(' ')}`;
}
