import type { IsoDate, KeyDate } from '../types/dates';
import { isoDateProblem } from '../types/dates';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';

/**
 * Reads a key date as the exchange format writes it: "2015-03-09", "2015-03-11/2015-03-12",
 * "TBC" or "N/A". The result's error is a sentence about the text.
 */
export function parseKeyDateText(text: string): Result<KeyDate, string> {
  if (text === 'TBC') return ok({ kind: 'tbc' });
  if (text === 'N/A') return ok({ kind: 'na' });
  const [from, to, ...rest] = text.split('/');
  if (from === undefined || rest.length > 0)
    return fail(['expected one date or two joined by "/"']);
  const fromProblem = isoDateProblem(from);
  if (fromProblem) return fail([fromProblem]);
  if (to === undefined) return ok({ kind: 'date', date: from as IsoDate });
  const toProblem = isoDateProblem(to);
  if (toProblem) return fail([toProblem]);
  if (to < from) return fail([`the span ends (${to}) before it starts (${from})`]);
  if (to === from) return ok({ kind: 'date', date: from as IsoDate });
  return ok({ kind: 'range', from: from as IsoDate, to: to as IsoDate });
}

/** The exchange text of a key date; the inverse of `parseKeyDateText`. */
export function keyDateText(value: KeyDate | null): string | null {
  if (value === null) return null;
  switch (value.kind) {
    case 'date':
      return value.date;
    case 'range':
      return `${value.from}/${value.to}`;
    case 'tbc':
      return 'TBC';
    case 'na':
      return 'N/A';
  }
}
