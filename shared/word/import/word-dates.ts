import { parseKeyDateInput } from '../../records/key-date-input';
import { parseKeyDateText } from '../../exchange/key-date-text';
import { keyDateText } from '../../exchange/key-date-text';
import type { IsoDate, KeyDate } from '../../types/dates';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import { squash } from '../text';

const WEEKDAYS =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)(day)?\.?,?\s+|\b(mon|tue|wed|thu|fri|sat|sun)\.?,?\s+/gi;

/** Tidies what assessors type around a date: weekdays, "11th & 12th", "11 and 12". */
function tidy(text: string): string {
  return squash(text)
    .replace(WEEKDAYS, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/^(\d{1,2})\s*(?:&|and|\+)\s*(\d{1,2})\b/i, '$1-$2')
    .replace(/ ?, ?(\d{4})$/, ' $1');
}

/**
 * Reads a key date as the Word record writes it: "9 March 2015", "11-12 March 2015", "11th &
 * 12th March 2015", "Monday 9 March 2015", "31 December 2015 – 1 January 2016", "09/03/2015",
 * "TBC", "N/A"; empty gives `null`. Built on `parseKeyDateInput`; the error says what was wrong.
 */
export function parseWordDate(text: string): Result<KeyDate | null, string> {
  const tidied = tidy(text);
  const direct = parseKeyDateInput(tidied);
  if (direct.ok) return direct;
  const halves = tidied.split(/ [-–—] | to /i);
  if (halves.length === 2) {
    const from = parseKeyDateInput(halves[0] ?? '');
    const to = parseKeyDateInput(halves[1] ?? '');
    if (from.ok && to.ok && from.value?.kind === 'date' && to.value?.kind === 'date') {
      return parseKeyDateText(`${keyDateText(from.value)}/${keyDateText(to.value)}`);
    }
  }
  return direct;
}

/**
 * A single day (on-site plan, date received, decided on). TBC, N/A and empty give `null`; a span
 * is refused, since these fields hold one day.
 */
export function parseWordDay(text: string): Result<IsoDate | null, string> {
  const read = parseWordDate(text);
  if (!read.ok) return read;
  const value = read.value;
  if (value === null || value.kind === 'tbc' || value.kind === 'na') return ok(null);
  if (value.kind === 'range') return fail(['expected one day, not a span of days']);
  return ok(value.date);
}
