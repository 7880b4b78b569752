import type { PlanAlert } from '../../../shared/surveillance/alerts';
import { DEFAULT_HORIZON_DAYS } from '../../../shared/surveillance/alerts';
import { organisationDates } from '../../../shared/surveillance/key-dates';
import type { CalendarSource } from '../../../shared/surveillance/ics';
import type { ScheduleItem } from '../../../shared/surveillance/schedule';
import { buildSchedule } from '../../../shared/surveillance/schedule';
import type { IsoDate } from '../../../shared/types/dates';
import type { OrganisationId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import { compareDates, relativeDays } from '../../../shared/types/date-math';
import type { PortfolioRow } from '../../db/index';

/**
 * The portfolio's "Due & overdue" view and the calendar of every organisation, computed from
 * portfolio rows without loading whole records. The cycle dates (`buildSchedule`, the schedule
 * and alerts of `planSurveillance`) read only stage kinds, cycles, key dates and the recorded
 * contact dates, which the rows' stage headers carry; the entries of older stages are not
 * needed, so ~100 organisations cost one portfolio read.
 */

/** One overdue or upcoming date of one organisation. */
export interface DueLine {
  readonly organisationId: OrganisationId;
  readonly name: string;
  readonly reference: string;
  readonly alert: PlanAlert;
  readonly item: ScheduleItem;
}

/** The record a portfolio row stands for: stage headers, with the current stage's entries. */
export function recordFromRow(row: PortfolioRow): AssessmentRecord {
  const current = row.currentStage;
  return {
    organisation: row.organisation,
    stages: row.stages.map((s) => (current && s.id === current.id ? current : s)),
  };
}

/** Whether an organisation belongs in the due view and the calendar: not archived or trashed. */
export function isActiveRow(row: PortfolioRow): boolean {
  return !row.archived && row.trashedAt === null;
}

/**
 * Every overdue and upcoming (within `horizonDays`) due and contact date of the active
 * organisations: overdue first, oldest first; then upcoming, soonest first; ties by name.
 */
export function dueLines(
  rows: readonly PortfolioRow[],
  today: IsoDate,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): DueLine[] {
  const lines: DueLine[] = [];
  for (const row of rows) {
    if (!isActiveRow(row)) continue;
    // The same function gives the portfolio's "Next key date" column (portfolio-view.ts).
    const { schedule, alerts } = organisationDates(recordFromRow(row), today, horizonDays);
    for (const alert of alerts) {
      const item = schedule.find((i) => i.key === alert.itemKey);
      if (!item) continue;
      lines.push({
        organisationId: row.organisation.id,
        name: row.organisation.name,
        reference: row.organisation.reference,
        alert,
        item,
      });
    }
  }
  const rank = (l: DueLine): number => (l.alert.kind === 'overdue' ? 0 : 1);
  return lines.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareDates(a.alert.date, b.alert.date) ||
      a.name.localeCompare(b.name, 'en-GB'),
  );
}

/** The calendar sources (organisation and schedule) of the active organisations. */
export function calendarSources(rows: readonly PortfolioRow[], today: IsoDate): CalendarSource[] {
  return rows.filter(isActiveRow).map((row) => ({
    organisation: {
      id: row.organisation.id,
      name: row.organisation.name,
      reference: row.organisation.reference,
    },
    schedule: buildSchedule(recordFromRow(row), today),
  }));
}

/** When an alert's date is, for a badge: "3 days overdue", "1 day overdue", "in 12 days", "today". */
export function whenWords(alert: Pick<PlanAlert, 'days'>): string {
  if (alert.days >= 0) return relativeDays(alert.days);
  const late = -alert.days;
  return `${late} day${late === 1 ? '' : 's'} overdue`;
}
