import type { Brand } from './brand';

/** A calendar date written `YYYY-MM-DD` that has been checked to exist (no 2015-02-30). */
export type IsoDate = Brand<string, 'IsoDate'>;

/**
 * A key date of the record as assessors write it: one day, a span of days ("11-12 March"),
 * "TBC" (to be confirmed) or "N/A" (the step does not apply). `null` where nothing was entered.
 */
export type KeyDate =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'range'; readonly from: IsoDate; readonly to: IsoDate }
  | { readonly kind: 'tbc' }
  | { readonly kind: 'na' };

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; `month` is 1-based. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** English month name; `month` is 1-based. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/**
 * Why `text` is not a valid ISO date, in words, or `null` when it is one.
 * Years are limited to 1900–2999: records of this scheme cannot lie outside them.
 */
export function isoDateProblem(text: string): string | null {
  const match = ISO_SHAPE.exec(text);
  if (!match) return 'expected a date written YYYY-MM-DD';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999) return `year ${year} is outside 1900–2999`;
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${text} is not a real date (${monthName(month)} ${year} has ${last} days)`;
  }
  return null;
}

/** The text as an `IsoDate`, or `null` when it is not a real calendar date. */
export function parseIsoDate(text: string): IsoDate | null {
  return isoDateProblem(text) === null ? (text as IsoDate) : null;
}

/** Splits an `IsoDate` into numbers; `month` is 1-based. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** "9 March 2015" — the way the record writes dates. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** A key date the way the record writes it: "9 March 2015", "11–12 March 2015", "TBC", "N/A". */
export function formatKeyDate(value: KeyDate | null): string {
  if (value === null) return '';
  switch (value.kind) {
    case 'date':
      return formatLongDate(value.date);
    case 'range':
      return formatDateRange(value.from, value.to);
    case 'tbc':
      return 'TBC';
    case 'na':
      return 'N/A';
  }
}

function formatDateRange(from: IsoDate, to: IsoDate): string {
  const a = dateParts(from);
  const b = dateParts(to);
  if (a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  }
  if (a.year === b.year) {
    return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  }
  return `${formatLongDate(from)} – ${formatLongDate(to)}`;
}

/** The first day a key date stands for, or `null` for TBC, N/A and empty. */
export function keyDateStart(value: KeyDate | null): IsoDate | null {
  if (value === null) return null;
  if (value.kind === 'date') return value.date;
  if (value.kind === 'range') return value.from;
  return null;
}
