// One answer to "what is due for this organisation": the portfolio's "Next key date" column and
// its "Due & overdue" list come from here, so the column can no longer say "none set" above a
// list of overdue items for the same organisation.
import type { IsoDate } from '../types/dates';
import type { AssessmentRecord } from '../types/record';
import { nextKeyDate } from '../records/progress';
import type { PlanAlert } from './alerts';
import { DEFAULT_HORIZON_DAYS, planAlerts } from './alerts';
import type { ScheduleItem } from './schedule';
import { buildSchedule } from './schedule';

/** A date to come, with what it is ("Visit date(s)", "Surveillance 2 due"). */
export interface NextDate {
  readonly date: IsoDate;
  readonly label: string;
}

/** The dates of one organisation on `today`. */
export interface OrganisationDates {
  /** The surveillance schedule of the record. */
  readonly schedule: readonly ScheduleItem[];
  /** Overdue and upcoming (within the horizon) due and contact dates: the "Due & overdue" list. */
  readonly alerts: readonly PlanAlert[];
  /** How many of `alerts` are overdue. */
  readonly overdue: number;
  /**
   * The earliest date on or after `today`: a stage's key date (visit, reports…) or a plan date
   * (a surveillance due, a contact due and not yet recorded), however far ahead; or null.
   */
  readonly next: NextDate | null;
}

function alertLabel(alert: PlanAlert, schedule: readonly ScheduleItem[]): string {
  const title = schedule.find((i) => i.key === alert.itemKey)?.title ?? 'Next stage';
  return alert.subject === 'due' ? `${title} due` : `Contact the client about ${title}`;
}

/**
 * The schedule, the overdue and upcoming plan dates and the next date of a record, all from one
 * schedule (`buildSchedule`, `planAlerts`) and the stages' key dates (`nextKeyDate`).
 */
export function organisationDates(
  record: AssessmentRecord,
  today: IsoDate,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): OrganisationDates {
  const schedule = buildSchedule(record, today);
  const alerts = planAlerts(schedule, today, horizonDays);
  const plan = planAlerts(schedule, today, Number.POSITIVE_INFINITY).find(
    (a) => a.kind === 'upcoming',
  );
  const stage = nextKeyDate(record.stages, today);
  const candidates: NextDate[] = [
    ...(stage ? [{ date: stage.date, label: stage.label }] : []),
    ...(plan ? [{ date: plan.date, label: alertLabel(plan, schedule) }] : []),
  ];
  const next = candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return {
    schedule,
    alerts,
    overdue: alerts.filter((a) => a.kind === 'overdue').length,
    next: next ?? null,
  };
}
