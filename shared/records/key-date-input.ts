import type { IsoDate, KeyDate } from '../types/dates';
import { isoDateProblem } from '../types/dates';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { parseKeyDateText } from '../exchange/key-date-text';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index < 0 ? null : index + 1;
}

function iso(year: number, month: number, day: number): Result<IsoDate, string> {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const problem = isoDateProblem(text);
  return problem ? fail([problem]) : ok(text as IsoDate);
}

const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—]|to)\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z.]+)\s+(\d{4})$/;
const SPAN_ACROSS_MONTHS =
  /^(\d{1,2})\s+([A-Za-z.]+)\s*(?:[-–—]|to)\s*(\d{1,2})\s+([A-Za-z.]+)\s+(\d{4})$/;
const ONE_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z.]+),?\s+(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a key date as an assessor types it: "9 March 2015", "11-12 March 2015",
 * "31 March – 1 April 2015", "09/03/2015" (day first, UK), "2015-03-09", "TBC", "N/A", or
 * nothing (→ `null`). Impossible dates are refused with the reason.
 */
export function parseKeyDateInput(input: string): Result<KeyDate | null, string> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return ok(null);
  const upper = text.toUpperCase().replace(/\.$/, '');
  if (upper === 'TBC' || upper === 'TBA') return ok({ kind: 'tbc' });
  if (upper === 'N/A' || upper === 'NA' || upper === 'N.A') return ok({ kind: 'na' });
  if (/^\d{4}-/.test(text)) return parseKeyDateText(text.replace(/ ?[–—] ?| to /, '/'));

  const span = DAY_MONTH_YEAR.exec(text);
  if (span) {
    const month = monthNumber(span[3] ?? '');
    if (!month) return fail([`"${span[3]}" is not a month`]);
    const from = iso(Number(span[4]), month, Number(span[1]));
    const to = iso(Number(span[4]), month, Number(span[2]));
    if (!from.ok) return from;
    if (!to.ok) return to;
    return parseKeyDateText(`${from.value}/${to.value}`);
  }
  const across = SPAN_ACROSS_MONTHS.exec(text);
  if (across) {
    const m1 = monthNumber(across[2] ?? '');
    const m2 = monthNumber(across[4] ?? '');
    if (!m1 || !m2) return fail([`"${m1 ? across[4] : across[2]}" is not a month`]);
    const from = iso(Number(across[5]), m1, Number(across[1]));
    const to = iso(Number(across[5]), m2, Number(across[3]));
    if (!from.ok) return from;
    if (!to.ok) return to;
    return parseKeyDateText(`${from.value}/${to.value}`);
  }
  const one = ONE_DAY.exec(text);
  if (one) {
    const month = monthNumber(one[2] ?? '');
    if (!month) return fail([`"${one[2]}" is not a month`]);
    const date = iso(Number(one[3]), month, Number(one[1]));
    return date.ok ? ok({ kind: 'date', date: date.value }) : date;
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const date = iso(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]));
    return date.ok ? ok({ kind: 'date', date: date.value }) : date;
  }
  return fail([
    'write a date such as "9 March 2015", a span such as "11-12 March 2015", "TBC" or "N/A"',
  ]);
}
