import type { Brand } from './brand';
import type { IsoDate } from './dates';
import { dateParts, daysInMonth } from './dates';

/**
 * Pure calendar arithmetic over `IsoDate` (proleptic Gregorian calendar, no time zones). Nothing
 * here reads the clock: "today" is always an argument.
 */

/** An instant in UTC written `YYYY-MM-DDTHH:MM:SS(.sss)Z`, checked to be a real time. */
export type UtcInstant = Brand<string, 'UtcInstant'>;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The `IsoDate` of a year, 1-based month and day that are known to exist. */
function isoOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/**
 * Days since 1970-01-01 (negative before). Uses the "days from civil" algorithm, exact for every
 * Gregorian date.
 */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `dayNumber`. */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoOf(year, month, day);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * `date` moved by `months` calendar months (negative moves back), clamped to the end of the
 * target month: 31 January + 1 month is 28 (or 29) February; 29 February + 12 months is
 * 28 February of a common year; 31 March − 1 month is 28/29 February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return isoOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** −1 when `a` is before `b`, 0 on the same day, 1 after. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The earlier of two dates. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

const INSTANT_SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z$/;

/**
 * The text as a `UtcInstant`, or `null` when it is not a real UTC instant written the way
 * `Date.prototype.toISOString` writes it (a `Z` zone is required; no leap seconds).
 */
export function parseUtcInstant(text: string): UtcInstant | null {
  const match = INSTANT_SHAPE.exec(text);
  if (!match) return null;
  const { year, month, day } = dateParts((match[1] ?? '') as IsoDate);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4]) > 59) return null;
  return text as UtcInstant;
}

/** "in 5 days", "tomorrow", "today", "yesterday", "12 days ago" — `days` from today. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
