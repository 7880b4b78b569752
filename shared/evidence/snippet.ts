// Highlighted snippets: the part of a passage where the searched words are, cut to a window.
import { foldCase, wordsOf } from './tokenise';

/** A piece of a snippet; `hit` pieces are the words that matched. */
export interface SnippetPart {
  readonly text: string;
  readonly hit: boolean;
}

/** Characters of passage text a snippet shows. */
const WINDOW = 220;

/** Character ranges [start, end) of `text` to highlight: words whose stem is in `stems`, and phrases. */
export function highlightRanges(
  text: string,
  stems: ReadonlySet<string>,
  phrases: readonly string[] = [],
): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of wordsOf(text)) {
    if (stems.has(word.stem)) ranges.push([word.start, word.end]);
  }
  const folded = foldCase(text);
  for (const phrase of phrases) {
    const needle = foldCase(phrase).trim();
    if (needle === '') continue;
    for (
      let at = folded.indexOf(needle);
      at >= 0;
      at = folded.indexOf(needle, at + needle.length)
    ) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The window start that covers the most highlights (the first such one). */
function bestStart(ranges: readonly [number, number][], length: number): number {
  if (length <= WINDOW || ranges.length === 0) return 0;
  let best = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const from = Math.max(0, Math.min(start - 40, length - WINDOW));
    const count = ranges.filter(([s, e]) => s >= from && e <= from + WINDOW).length;
    if (count > bestCount) {
      bestCount = count;
      best = from;
    }
  }
  return best;
}

/**
 * Cuts `text` to a window of about 220 characters around its densest highlights, on word
 * boundaries, with "…" where text was left out, as plain and highlighted parts in order.
 */
export function snippetParts(text: string, ranges: readonly [number, number][]): SnippetPart[] {
  const flat = text.replace(/\s/g, ' ');
  let from = bestStart(ranges, flat.length);
  let to = Math.min(flat.length, from + WINDOW);
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    if (space >= 0 && space < from + 30) from = space + 1;
  }
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > to - 30) to = space;
  }
  const parts: SnippetPart[] = [];
  const push = (value: string, hit: boolean): void => {
    if (value === '') return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) parts[parts.length - 1] = { text: last.text + value, hit };
    else parts.push({ text: value, hit });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    push(flat.slice(at, start), false);
    push(flat.slice(start, end), true);
    at = end;
  }
  push(flat.slice(at, to), false);
  if (to < flat.length) push('…', false);
  return parts.map((p) => ({ ...p, text: p.text.replace(/ {2,}/g, ' ') }));
}
