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
   * Every phrase occurrence in a list of words: its key and the words it spans (start inclusive,
   * end exclusive). Overlapping occurrences of different phrases are all reported.
   */
  find(words: readonly Word[]): { key: string; from: number; to: number }[] {
    const found: { key: string; from: number; to: number }[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const candidates = this.byFirst.get((words[i] as Word).stem);
      if (!candidates) continue;
      for (const stems of candidates) {
        if (i + stems.length > words.length) continue;
        let matches = true;
        for (let k = 1; k < stems.length; k += 1) {
          if ((words[i + k] as Word).stem !== stems[k]) {
            matches = false;
            break;
          }
        }
        if (matches) found.push({ key: phraseKey(stems), from: i, to: i + stems.length });
      }
    }
    return found;
  }
}
