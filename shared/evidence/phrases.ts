// Multi-word terms ("first point of contact", "you said, we did"): found in a text as the same
// words in the same order, punctuation between them ignored.
import type { Word } from './tokenise';
import { wordsOf } from './tokenise';

/** A phrase's key in term maps: its word stems joined by "_". */
export function phraseKey(stems: readonly string[]): string {
  return stems.join('_');
}

/** A set of phrases, looked up by their first word's stem. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[][]>();

  /** Adds a phrase as written (two or more words); returns its key, or null for one word. */
  add(phrase: string): string | null {
    const stems = wordsOf(phrase).map((w) => w.stem);
    if (stems.length < 2) return null;
    const first = stems[0] as string;
    const list = this.byFirst.get(first) ?? [];
    if (!list.some((p) => phraseKey(p) === phraseKey(stems))) {
      list.push(stems);
      // Longest first, so that the longest phrase at a place is the one reported.
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
    return phraseKey(stems);
  }

  /**
   * Every phrase occurrence in a list of words: its key, the words it spans (start inclusive,
   * end exclusive) and whether its words are next to each other. A phrase also matches with up
   * to `gap` other content words (stop words not counted) between two of its words, in order
   * ("setting our customer service standards" for "setting standards"); such a match is not
   * `exact`. Overlapping occurrences of different phrases are all reported.
   */
  find(
    words: readonly Word[],
    gap = 0,
  ): { key: string; from: number; to: number; exact: boolean }[] {
    const found: { key: string; from: number; to: number; exact: boolean }[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const candidates = this.byFirst.get((words[i] as Word).stem);
      if (!candidates) continue;
      for (const stems of candidates) {
        const end = matchFrom(words, i, stems, gap);
        if (end !== null) {
          found.push({ key: phraseKey(stems), from: i, to: end, exact: end - i === stems.length });
        }
      }
    }
    return found;
  }
}

/** Where a phrase starting at word `start` ends (exclusive), or null when it does not match. */
function matchFrom(
  words: readonly Word[],
  start: number,
  stems: readonly string[],
  gap: number,
): number | null {
  let at = start;
  for (let k = 1; k < stems.length; k += 1) {
    let skipped = 0;
    let next = at + 1;
    while (next < words.length && (words[next] as Word).stem !== stems[k]) {
      if (!(words[next] as Word).stop) skipped += 1;
      if (skipped > gap || next - at > gap + 4) return null;
      next += 1;
    }
    if (next >= words.length) return null;
    at = next;
  }
  return at + 1;
}
