import { buildIcs } from '../../../shared/surveillance/ics';
import type { IsoDate } from '../../../shared/types/dates';
import { parseUtcInstant } from '../../../shared/types/date-math';
import type { Result } from '../../../shared/types/result';
import { fail, ok } from '../../../shared/types/result';
import type { PortfolioRow } from '../../db/index';
import { calendarSources } from './due-overview';

/** The suggested name of the calendar file. */
export const CALENDAR_FILE_NAME = 'cse-fieldbook-dates.ics';

/** A calendar of every active organisation's due and contact dates, ready to save. */
export interface CalendarFile {
  readonly text: string;
  readonly bytes: Uint8Array;
  /** Number of events (dates) in it. */
  readonly events: number;
  /** Number of organisations with at least one event. */
  readonly organisations: number;
}

/**
 * Builds the iCalendar file of the due and contact dates of every active (not archived, not
 * trashed) organisation in `rows`, stamped `now` (an ISO instant from the injected clock).
 * Fails with a sentence when `now` is not a UTC instant.
 */
export function calendarFile(
  rows: readonly PortfolioRow[],
  today: IsoDate,
  now: string,
): Result<CalendarFile, string> {
  const dtstamp = parseUtcInstant(now);
  if (dtstamp === null) return fail([`the clock gave "${now}", which is not a UTC instant`]);
  const sources = calendarSources(rows, today);
  const text = buildIcs(sources, { dtstamp });
  const uids = text.split('\r\n').filter((line) => line.startsWith('UID:'));
  const organisations = sources.filter((s) =>
    uids.some((uid) => uid.startsWith(`UID:${s.organisation.id}-`)),
  ).length;
  return ok({
    text,
    bytes: new TextEncoder().encode(text),
    events: uids.length,
    organisations,
  });
}
