// Words of a text, normalised for matching: lower case, accents removed, Porter stems (the
// `stemmer` package), and the common English words that carry no meaning on their own marked as
// stop words.
import { stemmer } from 'stemmer';

/** Common English words that say nothing about which element a text evidences. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each etc few for ' +
    'from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just may me might more most must my myself no nor not now of off on once ' +
    'only or other our ours ourselves out over own per same shall she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under ' +
    'until up upon us very via was we were what when where whether which while who whom why will ' +
    'with within without would yes yet you your yours yourself yourselves one two three four five ' +
    'e g eg ie s t ll re ve d m said'
  ).split(' '),
);

/** A word of a text: where it is, as written, and its stem. */
export interface Word {
  /** Offset of the first character in the text. */
  readonly start: number;
  readonly end: number;
  /** As written, in lower case. */
  readonly surface: string;
  readonly stem: string;
  readonly stop: boolean;
}

const stemCache = new Map<string, string>();

/**
 * Words the Porter stemmer would wrongly merge with unrelated ones: "community" with
 * "communication", "responsible" with "response", "informal" with "information", "objectives"
 * (goals) with "objectively" (impartially), "representatives" (people) with "representative"
 * (of a population).
 */
const OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['community', 'communiti'],
  ['communities', 'communiti'],
  ['communal', 'communal'],
  ['responsible', 'responsibl'],
  ['responsibly', 'responsibl'],
  ['responsibility', 'responsibl'],
  ['responsibilities', 'responsibl'],
  ['informal', 'informal'],
  ['informally', 'informal'],
  ['objectives', 'objectives'],
  ['objectively', 'objectiv'],
  ['representatives', 'representatives'],
]);

/** Longest word stemmed; longer runs of letters are not words and are kept as they are. */
const MAX_STEMMED = 40;

/**
 * The Porter stem of one lower-case word ("complaints", "complained" → "complain"), cached
 * because texts repeat their words. Words of one or two letters, longer than 40 letters, or with
 * anything but a–z come back unchanged.
 */
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem =
      OVERRIDES.get(word) ??
      (word.length <= 2 || word.length > MAX_STEMMED || !/^[a-z]+$/.test(word)
        ? word
        : stemmer(word));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * Lower case without accents ("Zoë" → "zoe"), keeping the length in UTF-16 units so that
 * offsets into the result are offsets into `text`.
 */
export function foldCase(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII range, tested as a fast path
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    // Accented Latin letters lose their accent; every other character stays as it is.
    return lower.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (ch) => {
      const base = ch.normalize('NFD')[0] ?? ch;
      return base.length === 1 && base.charCodeAt(0) < 0x80 ? base : ch;
    });
  }
  let out = '';
  for (const ch of text) {
    const one = ch.toLowerCase();
    const folded = one.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded.length === ch.length) out += folded;
    else out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Whether a lower-case word is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

/**
 * The words of `text` with their positions. "customer's" is one word whose stem is that of
 * "customer"; "e-mail" is "e" and "mail" (the vocabulary writes it both ways).
 */
export function wordsOf(text: string): Word[] {
  const folded = foldCase(text);
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    const raw = match[0];
    const base = raw.replace(/['’][a-z]+$/, '');
    const start = match.index;
    words.push({
      start,
      end: start + raw.length,
      surface: raw,
      stem: stemOf(base),
      stop: STOP_WORDS.has(base) || base.length < 2,
    });
  }
  return words;
}

/** The stems of the words of `text` that are not stop words or numbers, in order. */
export function contentStems(text: string): string[] {
  return wordsOf(text)
    .filter((w) => !w.stop && !/^\d+$/.test(w.surface))
    .map((w) => w.stem);
}
