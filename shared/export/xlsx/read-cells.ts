import type { MaybeMark } from '../../types/marks';
import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';

/**
 * Turning what a spreadsheet program stored in a cell back into our values. exceljs gives a
 * cell's value as a string, number, boolean, Date, rich text, hyperlink, formula (with result),
 * error or nothing; each is read as the text a person sees.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The text of a cell value, or `null` when the cell holds an error (#N/A, #REF! …) or a value
 * that has no text. Line ends are normalised to "\n"; dates become `YYYY-MM-DD`.
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (!isRecord(value)) return null;
  if (Array.isArray(value.richText)) {
    const runs = value.richText.map((run: unknown) => (isRecord(run) ? run.text : undefined));
    if (runs.every((t) => typeof t === 'string')) return cellText(runs.join(''));
    return null;
  }
  if ('error' in value) return null;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if (typeof value.text === 'string' || isRecord(value.text)) return cellText(value.text);
  return null;
}

/** The names a mark may be typed as, upper-cased with single spaces. */
const MARK_WORDS: Readonly<Record<string, Exclude<MaybeMark, null>>> = {
  CP: 'CP',
  'COMPLIANCE PLUS': 'CP',
  F: 'F',
  FULL: 'F',
  'FULL COMPLIANCE': 'F',
  P: 'P',
  PARTIAL: 'P',
  'PARTIAL COMPLIANCE': 'P',
  NC: 'NC',
  'NON-COMPLIANCE': 'NC',
  'NON COMPLIANCE': 'NC',
  NONCOMPLIANCE: 'NC',
};

/** What a mark cell accepts, for messages. */
export const MARK_EXPECTED =
  'CP, F, P or NC (or Compliance Plus, Full, Partial, Non-compliance), or blank for unmarked';

/**
 * A mark as typed: case and surrounding spaces do not matter ("f ", "p"), and the names Full,
 * Partial, Compliance Plus and Non-compliance are accepted. Blank is unmarked (`null`). Anything
 * else is an error naming what was found.
 */
export function parseMarkText(text: string): Result<MaybeMark, string> {
  const key = text.trim().replace(/\s+/g, ' ').toUpperCase();
  if (key === '') return ok(null);
  const mark = MARK_WORDS[key];
  if (mark) return ok(mark);
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return fail([`"${shown}" is not a mark`]);
}

const VO_TRUE = new Set(['VO', 'YES', 'Y', 'TRUE', '✓', '✔', 'X']);
const VO_FALSE = new Set(['', 'NO', 'N', 'FALSE', '-']);

/** What the VO column accepts, for messages. */
export const VO_EXPECTED = 'VO (or Yes, ✓, X) when verified on-site, blank (or No) when not';

/** "Verified on-site" as typed: VO, Yes, ✓ or X for yes; blank or No for no. */
export function parseVerifiedText(text: string): Result<boolean, string> {
  const key = text.trim().toUpperCase();
  if (VO_TRUE.has(key)) return ok(true);
  if (VO_FALSE.has(key)) return ok(false);
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return fail([`"${shown}" is not VO or blank`]);
}
