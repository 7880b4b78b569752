import { parseKeyDateInput } from '../../../shared/records/key-date-input';
import type { IsoDate } from '../../../shared/types/dates';
import { formatLongDate } from '../../../shared/types/dates';
import type { Result } from '../../../shared/types/result';
import { fail, ok } from '../../../shared/types/result';

/**
 * Reads ONE calendar day typed the way the record writes dates ("11 March 2026", "11/03/2026"
 * day first, "2026-03-11"); empty text is `null` (no date). Spans, "TBC" and "N/A" are refused
 * with a sentence, because the fields that use this (contacted on, decided on, received on,
 * change dates, on-site plan rows) hold a single day.
 */
export function parseSingleDate(text: string): Result<IsoDate | null, string> {
  const parsed = parseKeyDateInput(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null) return ok(null);
  switch (value.kind) {
    case 'date':
      return ok(value.date);
    case 'range':
      return fail(['one day is needed here, not a span of days']);
    case 'tbc':
    case 'na':
      return fail(['a date is needed here; leave the field empty while it is not known']);
  }
}

/** A stored single date as the field shows it ("11 March 2026"), or empty text. */
export function formatSingleDate(date: IsoDate | null): string {
  return date === null ? '' : formatLongDate(date);
}
