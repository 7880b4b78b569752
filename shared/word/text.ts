/**
 * Text helpers of the Word import: folding look-alike letters, normalising labels for matching,
 * reading element numbers. They are for MATCHING only; the assessor's text is stored as written.
 */
import { charIn, trimEndWhere } from '../types/trim';

/**
 * Letters from other alphabets that look like Latin ones, as typed by mistake or pasted: pairs of
 * look-alike and Latin letter (Cyrillic, then Greek, then Armenian).
 */
const CONFUSABLE_PAIRS =
  'АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT ХX УY ԚQ ԜW аa сc еe іi јj оo рp ѕs хx уy һh ԁd ' +
  'ԛq ԝw ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ϲc οo ρp νv ιi αa ՕO օo ՍU սu';

const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  CONFUSABLE_PAIRS.split(' ').map((pair) => [pair.slice(0, -1), pair.slice(-1)] as const),
);
const CONFUSABLE = new RegExp(`[${[...CONFUSABLES.keys()].join('')}]`, 'gu');

/**
 * Replaces look-alike letters (Cyrillic "Р" for P, Greek "Ν" for N …) and compatibility forms
 * (full-width "Ｐ", "＋") with their Latin equivalents.
 */
export function foldConfusables(text: string): string {
  // Plain ASCII has no look-alikes and is unchanged by NFKC: the common case, kept cheap.
  if (!/[^\x20-\x7e\t\n\r]/.test(text)) return text;
  return text.normalize('NFKC').replace(CONFUSABLE, (ch) => CONFUSABLES.get(ch) ?? ch);
}

/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/**
 * A label or statement reduced for comparison: look-alikes folded, lower case, quotes and
 * dashes made plain, white space collapsed, trailing punctuation dropped.
 */
export function matchKey(text: string): string {
  const folded = squash(
    foldConfusables(text)
      .toLowerCase()
      .replace(/[‘’‚‛′`´]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-'),
  );
  return trimEndWhere(folded, charIn(':.;,*', true));
}

const ELEMENT_AT_START =
  /^(?:element\s*)?(\d{1,2})\s*[.,]\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?!\d)\.?/i;

/** "1.1.1 We have …" → { id: "1.1.1", rest: "We have …" }; `null` when no element number leads. */
export function leadingElementNumber(text: string): { id: string; rest: string } | null {
  const folded = foldConfusables(text).replace(/^\s+/, '');
  const match = ELEMENT_AT_START.exec(folded);
  if (!match) return null;
  const skipped = text.length - text.replace(/^\s+/, '').length;
  const original = text.slice(skipped);
  // NFKC keeps lengths for digits and dots, so the match length maps back onto the original.
  const rest = original.slice(match[0].length).replace(/^[\s:–—-]+/, '');
  return { id: `${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`, rest };
}

function words(text: string): string[] {
  return matchKey(text)
    .replace(/[^a-z0-9' -]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * How close two statements are: 1 when equal after `matchKey`, otherwise the share of words
 * they have in common (Jaccard index), 0 to 1.
 */
export function statementSimilarity(a: string, b: string): number {
  if (matchKey(a) === matchKey(b)) return 1;
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both += 1;
  return both / (x.size + y.size - both);
}

/** Joins pieces of one text found in several places, skipping empty ones. */
export function joinText(pieces: readonly string[], separator = '\n'): string {
  return pieces.filter((p) => p.trim() !== '').join(separator);
}

const PLACEHOLDERS: readonly RegExp[] = [
  /^\(?\s*insert\b[^)]*\)?\.?$/i,
  /^\[[^\]]*\]$/,
  /^(click|tap)( or tap)? here to enter\b/i,
  /^choose an item\.?$/i,
  /^enter (a )?(date|text)\b/i,
  /^dd\s*\/\s*mm\s*\/\s*yy(yy)?$/i,
  /^[_.\u2026\s-]{3,}$/,
];

/**
 * True for what a blank template holds where a value goes: "(INSERT DATE)", "[name]", Word's
 * "Click or tap here to enter text." and "Choose an item.", "dd/mm/yyyy", a line of underscores.
 */
export function isPlaceholder(text: string): boolean {
  const t = squash(text);
  return PLACEHOLDERS.some((p) => p.test(t));
}
