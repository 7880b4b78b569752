import type { Mark } from '../types/marks';
import { foldConfusables } from './text';

/** What a mark cell says. */
export type MarkReading =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'mark';
      readonly mark: Mark;
      /** True when written exactly as the key of marks writes it ("P", "CP" …). */
      readonly canonical: boolean;
    }
  | { readonly kind: 'unknown'; readonly text: string };

const SPELLINGS: Readonly<Record<string, Mark>> = {
  CP: 'CP',
  'C+': 'CP',
  'CP+': 'CP',
  CPLUS: 'CP',
  COMPLIANCEPLUS: 'CP',
  F: 'F',
  FC: 'F',
  FULL: 'F',
  FULLY: 'F',
  FULLCOMPLIANCE: 'F',
  FULLYCOMPLIANT: 'F',
  FULLYMET: 'F',
  P: 'P',
  PARTIAL: 'P',
  PARTIALLY: 'P',
  PARTIALCOMPLIANCE: 'P',
  PARTIALLYCOMPLIANT: 'P',
  PARTIALLYMET: 'P',
  NC: 'NC',
  NONCOMPLIANCE: 'NC',
  NONCOMPLIANT: 'NC',
  NOTCOMPLIANT: 'NC',
  NOTMET: 'NC',
};

/** Written in a mark cell to say "no mark (yet)". */
const NO_MARK = new Set(['', 'NA', 'TBC', 'TBA', 'NONE', 'NOTMARKED', 'NOTASSESSED']);

/**
 * Reads a mark as assessors type it: "P", "p", "Partial", "F", "Full", "CP", "C+", "NC", with
 * stray spaces or punctuation ("P.", " F ", "(CP)", "N/C"), and with look-alike letters from
 * other alphabets (Cyrillic "Р" for P, "С" for C). Anything else is `unknown`, with its text.
 */
export function readMark(text: string): MarkReading {
  const trimmed = text.trim();
  const key = foldConfusables(trimmed)
    .toUpperCase()
    .replace(/[\s.,;:!?'"`´‘’“”()[\]{}*_~/\\‐‑‒–—―−-]/g, '');
  if (NO_MARK.has(key)) return { kind: 'empty' };
  const mark = SPELLINGS[key];
  if (mark === undefined) return { kind: 'unknown', text: trimmed };
  return { kind: 'mark', mark, canonical: trimmed === mark };
}

/** True when the visit evidence says the evidence was verified on site: it starts with "VO". */
export function startsWithVo(text: string): boolean {
  return /^VO(?![A-Za-z0-9])/.test(foldConfusables(text.trim()).toUpperCase());
}
