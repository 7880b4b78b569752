import { matchKey } from '../text';
import type { ColumnRole } from './layout-types';

/**
 * Reading an element table's column headers as people and scanners write them: "A Visit
 * Result", "AV", "Final mark", "DTR", "Desk-top Result", "Questions / who", "Evidence on the
 * day", and with recognition noise ("A Visi Resul", "Liement", "Eviderice", "Resuit"). Words
 * are matched one by one against a small vocabulary, tolerating a cut-off end or one or two
 * wrong letters, then the words found decide the column.
 */

const VOCABULARY = [
  'element',
  'elements',
  'statement',
  'standard',
  'desk',
  'top',
  'review',
  'desktop',
  'evidence',
  'submitted',
  'provided',
  'supplied',
  'key',
  'question',
  'questions',
  'person',
  'asked',
  'who',
  'enquiry',
  'enquiries',
  'visit',
  'visits',
  'day',
  'days',
  'site',
  'onsite',
  'seen',
  'observed',
  'dtr',
  'av',
  'final',
  'result',
  'results',
  'mark',
  'marks',
  'score',
  'scores',
  'rating',
  'grade',
  'outcome',
  'assessment',
  'previous',
  'was',
  'before',
  'original',
  'old',
  'new',
  'now',
  'revised',
  'current',
  'comment',
  'comments',
  'notes',
  'remarks',
] as const;
type Word = (typeof VOCABULARY)[number];

/** Levenshtein distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const EXACT: ReadonlySet<string> = new Set(VOCABULARY);

/** The vocabulary word a written word is, exactly, cut off ("resul") or misread ("liement"). */
function wordOf(token: string): Word | null {
  if (EXACT.has(token)) return token as Word;
  if (token.length < 4 || token.length > 14 || /\d/.test(token)) return null;
  const cut = VOCABULARY.find((w) => w.length > token.length && w.startsWith(token));
  if (cut) return cut;
  const allowed = token.length >= 7 ? 2 : 1;
  let found: Word | null = null;
  let best = allowed + 1;
  for (const w of VOCABULARY) {
    if (w.length < 4) continue;
    const d = distance(token, w, allowed);
    if (d < best) {
      best = d;
      found = w;
    }
  }
  return found;
}

/** The vocabulary words of a header, in order ("desk-top" → desk, top). */
export function headerWords(text: string): Word[] {
  const tokens = matchKey(text)
    .replace(/\bon[ -]?site\b/g, 'onsite')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '');
  const out: Word[] = [];
  for (const t of tokens) {
    const w = wordOf(t);
    if (w) out.push(w);
  }
  return out;
}

const BARE_VISIT: ReadonlySet<Word> = new Set([
  'onsite',
  'visit',
  'visits',
  'assessment',
  'av',
  'final',
]);

/** What a header says about its column. `mark` is a mark column that does not say which. */
export type HeaderReading = ColumnRole | 'mark' | 'evidence' | null;

/** The column a header names, or `null` when it names none of an element table's columns. */
export function readHeaderText(text: string): HeaderReading {
  const words = new Set(headerWords(text));
  const has = (...list: Word[]): boolean => list.some((w) => words.has(w));
  const deskTop = (has('desk') && has('top', 'review')) || has('desktop');
  // "Visit", "On-site", "Assessment visit": a mark column named only by when it was given.
  const whenOnly = [...words].every((w) => BARE_VISIT.has(w)) && has('onsite', 'visit', 'visits');
  const markWord = has('result', 'results', 'mark', 'marks', 'score', 'scores');
  const markish = markWord || has('rating', 'grade', 'outcome');
  const evidence = has('evidence');
  if (has('previous', 'was', 'before', 'original', 'old') && !evidence) return 'previous';
  if (has('dtr') && !evidence) return 'dtrMark';
  if (deskTop && (markish || (has('review') && !evidence))) return 'dtrMark';
  if (whenOnly) return 'finalMark';
  if (has('av', 'final') && !evidence) return 'finalMark';
  if (has('visit', 'visits', 'assessment', 'onsite') && markish && !evidence) return 'finalMark';
  if (has('new', 'now', 'revised', 'current') && markish) return 'finalMark';
  if (markish && !evidence) return 'mark';
  if (has('question', 'questions', 'asked', 'who', 'enquiry', 'enquiries')) return 'keyQuestions';
  if (deskTop || (evidence && has('submitted', 'provided', 'supplied'))) return 'deskTopEvidence';
  if (
    has('visit', 'visits', 'onsite', 'observed') ||
    (evidence && has('day', 'days', 'site', 'seen'))
  ) {
    return 'visitEvidence';
  }
  if (has('comment', 'comments', 'notes', 'remarks')) return 'notes';
  if (has('element', 'elements', 'statement', 'standard')) return 'element';
  if (evidence) return 'evidence';
  return null;
}

/** True when the text reads as some column's header (for telling header rows from data). */
export function isHeaderText(text: string): boolean {
  return text.trim().length <= 60 && readHeaderText(text) !== null;
}
