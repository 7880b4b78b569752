import type { IsoDate } from '../types/dates';
import { formatLongDate } from '../types/dates';
import { compareDates, daysBetween, relativeDays } from '../types/date-math';
import type { ScheduleItem } from './schedule';

/** Items within this many days of `today` are "upcoming" unless the caller says otherwise. */
export const DEFAULT_HORIZON_DAYS = 60;

/** Whether a date has passed (`overdue`) or comes within the horizon (`upcoming`). */
export type AlertKind = 'overdue' | 'upcoming';

/** Which date of an item: the date it is due, or the date to contact the client. */
export type AlertSubject = 'due' | 'contact';

/** One overdue or upcoming date, with a sentence to show as it is. */
export interface PlanAlert {
  readonly kind: AlertKind;
  readonly subject: AlertSubject;
  /** The schedule item's key, e.g. `"surveillance-1#1"`. */
  readonly itemKey: string;
  readonly date: IsoDate;
  /** Days from `today` to `date`; negative when it has passed. */
  readonly days: number;
  readonly sentence: string;
}

function visitWords(item: ScheduleItem): string {
  if (item.heldOn !== null) return `its visit is booked for ${formatLongDate(item.heldOn)}`;
  return item.stageId === null ? 'it has not been started' : 'no visit date is set';
}

function dueAlert(
  item: ScheduleItem,
  due: IsoDate,
  today: IsoDate,
  horizon: number,
): PlanAlert | null {
  const days = daysBetween(today, due);
  const on = `${formatLongDate(due)} (${relativeDays(days)})`;
  if (days < 0) {
    return {
      kind: 'overdue',
      subject: 'due',
      itemKey: item.key,
      date: due,
      days,
      sentence: `${item.title} is overdue: it was due on ${on} and ${visitWords(item)}.`,
    };
  }
  if (days > horizon) return null;
  return {
    kind: 'upcoming',
    subject: 'due',
    itemKey: item.key,
    date: due,
    days,
    sentence: `${item.title} is due on ${on}; ${visitWords(item)}.`,
  };
}

function contactAlert(
  item: ScheduleItem,
  contact: IsoDate,
  today: IsoDate,
  horizon: number,
): PlanAlert | null {
  if (item.contactedOn !== null) return null;
  const days = daysBetween(today, contact);
  const on = `${formatLongDate(contact)} (${relativeDays(days)})`;
  if (days < 0) {
    return {
      kind: 'overdue',
      subject: 'contact',
      itemKey: item.key,
      date: contact,
      days,
      sentence: `Contact the client about ${item.title}: that was due on ${on}, two months before it is due, and no contact is recorded.`,
    };
  }
  if (days > horizon) return null;
  return {
    kind: 'upcoming',
    subject: 'contact',
    itemKey: item.key,
    date: contact,
    days,
    sentence: `Contact the client about ${item.title} on ${on}, two months before it is due.`,
  };
}

/**
 * Overdue and upcoming dates of the items not yet done, relative to `today`: an item's due date
 * once passed, or within `horizonDays`; its contact date likewise unless a contact is recorded.
 * Overdue first (oldest first), then upcoming (soonest first).
 */
export function planAlerts(
  schedule: readonly ScheduleItem[],
  today: IsoDate,
  horizonDays: number = DEFAULT_HORIZON_DAYS,
): PlanAlert[] {
  const alerts: PlanAlert[] = [];
  for (const item of schedule) {
    if (item.state === 'done') continue;
    if (item.contact !== null) {
      const alert = contactAlert(item, item.contact, today, horizonDays);
      if (alert) alerts.push(alert);
    }
    if (item.due !== null) {
      const alert = dueAlert(item, item.due, today, horizonDays);
      if (alert) alerts.push(alert);
    }
  }
  const rank = (a: PlanAlert): number => (a.kind === 'overdue' ? 0 : 1);
  return alerts.sort((a, b) => rank(a) - rank(b) || compareDates(a.date, b.date));
}
