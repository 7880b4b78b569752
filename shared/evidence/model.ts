// The suggestion model: one weighted "profile" of terms per element (its statement, its
// sub-criterion's name and its curated vocabulary, phrases above single words) and how specific
// each term is to an element across the catalogue (its inverse document frequency over the 57
// profiles: a word in many statements says little), less for words any document uses.
import type { Catalogue } from '../catalogue/catalogue';
import { DEFAULT_CATALOGUE } from '../catalogue/catalogue';
import type { ElementId } from '../types/ids';
import { ELEMENT_BASELINE } from './element-baseline';
import { GENERIC_STEMS } from './generic-words';
import { PhraseIndex } from './phrases';
import type { Word } from './tokenise';
import { contentStems, wordsOf } from './tokenise';
import { VOCABULARY_1_2 } from './vocabulary-1-2';
import { VOCABULARY_3_5 } from './vocabulary-3-5';

/** The curated vocabulary of every element of the 57-element edition: "term; term; phrase". */
export const DEFAULT_VOCABULARY: Readonly<Record<string, string>> = {
  ...VOCABULARY_1_2,
  ...VOCABULARY_3_5,
};

export { SUGGESTER_VERSION } from './suggester-version';

/**
 * The ranking's parameters. A profile's sources: a word of the element's statement, of its
 * sub-criterion's name, a single-word vocabulary entry, a phrase (several words in order), and
 * each word of a phrase on its own. `generic` multiplies the weight of a word common to any
 * organisation's writing (generic-words.ts); `wordInPhrase` is how much a word of a text still
 * counts alone where it is part of a matched phrase; `phraseGap` is how many other content words
 * may stand between two words of a phrase, such a loose match counting `looseMatch` of an exact
 * one. `k1` and `b` are BM25's. Then, per document (suggest.ts): the elements of the
 * sub-criterion its title matches best gain up to `titleGroup` of their score (an assessor reads
 * "Complaints Policy" as 4.3 before deciding between 4.3.2 and 4.3.3), and each element gains
 * `siblings` × the mean score of the other elements of its sub-criterion (a document strong on
 * one element of 4.3 is more likely evidence for another than a document that mentions complaints
 * once); last, each score is divided by 1 + `typical` × the element's baseline (its usual share of
 * the best score on the labelled corpus's documents, element-baseline.ts), so that elements
 * whose everyday words top most documents do not crowd out the one a document is about. Chosen
 * on the labelled corpus (test/fixtures/evidence-corpus), in round 3 by leave-one-organisation-out
 * cross-validation over its 17 organisations (test/evidence/cross-validate.ts; see its README).
 */
export const RANKING = {
  statement: 1,
  subCriterion: 0.5,
  vocabularyWord: 1.5,
  vocabularyPhrase: 3,
  phraseWord: 0.5,
  generic: 0.3,
  wordInPhrase: 0.5,
  k1: 1.2,
  b: 0.75,
  phraseGap: 1,
  looseMatch: 0.6,
  titleGroup: 0.5,
  siblings: 0.3,
  typical: 2,
} as const;

/** The ranking's parameters as a model holds them (RANKING, or a variant being measured). */
export type Ranking = { readonly [K in keyof typeof RANKING]: number };

export interface SuggestionModel {
  /** The ranking's parameters (RANKING unless the model was built to measure a variant). */
  readonly ranking: Ranking;
  /** Per element (catalogue order), the index of its sub-criterion in `groups`. */
  readonly group: readonly number[];
  /** Per sub-criterion, its elements' indexes. */
  readonly groups: readonly (readonly number[])[];
  /**
   * Per element (same order), its typical score on client documents: the mean, over the
   * labelled corpus's documents, of its score ÷ the document's best score (element-baseline.ts);
   * null to rank by the scores alone.
   */
  readonly baseline: readonly number[] | null;
  /** The elements, in catalogue order (ties rank in this order). */
  readonly elements: readonly ElementId[];
  /** Per element (same order), term → weighted frequency. */
  readonly profiles: readonly ReadonlyMap<string, number>[];
  readonly lengths: readonly number[];
  readonly averageLength: number;
  /** BM25 inverse document frequency of each term over the element profiles. */
  readonly idf: ReadonlyMap<string, number>;
  /** What one occurrence of a term says: its idf, less for a generic word. */
  readonly termWeight: ReadonlyMap<string, number>;
  readonly phrases: PhraseIndex;
}

function addTerm(profile: Map<string, number>, term: string, weight: number): void {
  profile.set(term, (profile.get(term) ?? 0) + weight);
}

/** The entries of a vocabulary string, trimmed, empty ones dropped. */
export function vocabularyEntries(text: string): string[] {
  return text
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/**
 * Builds the model from a catalogue and a vocabulary (element number → "term; phrase; …").
 * Deterministic: the same inputs give the same model. Elements without vocabulary still get a
 * profile from their statement.
 */
export function buildSuggestionModel(
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  vocabulary: Readonly<Record<string, string>> = DEFAULT_VOCABULARY,
  baseline: Readonly<Record<string, number>> | null = ELEMENT_BASELINE,
  ranking: Ranking = RANKING,
): SuggestionModel {
  const phrases = new PhraseIndex();
  const subNames = new Map(
    catalogue.criteria.flatMap((c) => c.subCriteria.map((s) => [s.id, s.name] as const)),
  );
  const profiles = catalogue.elements.map((element) => {
    const profile = new Map<string, number>();
    for (const stem of contentStems(element.statement)) addTerm(profile, stem, ranking.statement);
    for (const stem of contentStems(subNames.get(element.subCriterion) ?? '')) {
      addTerm(profile, stem, ranking.subCriterion);
    }
    for (const entry of vocabularyEntries(vocabulary[element.id] ?? '')) {
      const key = phrases.add(entry);
      if (key === null) {
        const stems = contentStems(entry);
        // A single word that is a stop word or a number (none should be) carries nothing.
        for (const stem of stems) addTerm(profile, stem, ranking.vocabularyWord);
        continue;
      }
      addTerm(profile, key, ranking.vocabularyPhrase);
      for (const stem of contentStems(entry)) addTerm(profile, stem, ranking.phraseWord);
    }
    return profile;
  });
  const lengths = profiles.map((p) => [...p.values()].reduce((a, b) => a + b, 0));
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const containing = new Map<string, number>();
  for (const profile of profiles) {
    for (const term of profile.keys()) containing.set(term, (containing.get(term) ?? 0) + 1);
  }
  const n = profiles.length;
  const idf = new Map<string, number>();
  for (const [term, count] of containing) {
    idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  }
  const termWeight = new Map<string, number>();
  for (const [term, value] of idf) {
    termWeight.set(term, GENERIC_STEMS.has(term) ? value * ranking.generic : value);
  }
  const groupIds = [...new Set(catalogue.elements.map((e) => e.subCriterion as string))];
  const group = catalogue.elements.map((e) => groupIds.indexOf(e.subCriterion));
  const groups = groupIds.map((_, g) => group.flatMap((x, i) => (x === g ? [i] : [])));
  return {
    ranking,
    baseline: baseline === null ? null : catalogue.elements.map((e) => baseline[e.id] ?? 0),
    group,
    groups,
    elements: catalogue.elements.map((e) => e.id),
    profiles,
    lengths,
    averageLength,
    idf,
    termWeight,
    phrases,
  };
}

/** Terms of a text that the model knows, counted, with how each was first written. */
export interface TermCounts {
  readonly counts: ReadonlyMap<string, number>;
  /** Term → its first occurrence as written (lower case), for explanations. */
  readonly surfaces: ReadonlyMap<string, string>;
}

/**
 * Counts the model's terms (single words and phrases) in `text`, each occurrence counting
 * `weight` (1 unless the text is a heading, the title or boilerplate).
 */
export function countTerms(model: SuggestionModel, text: string, weight = 1): TermCounts {
  const words = wordsOf(text);
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const note = (term: string, surface: string, amount: number): void => {
    if (!model.idf.has(term) || amount <= 0) return;
    counts.set(term, (counts.get(term) ?? 0) + amount);
    if (!surfaces.has(term)) surfaces.set(term, surface);
  };
  const found = model.phrases.find(words, model.ranking.phraseGap);
  const inPhrase = new Set<number>();
  for (const { key, from, to, exact } of found) {
    note(
      key,
      phraseSurface(words, key, from, to, exact),
      exact ? weight : weight * model.ranking.looseMatch,
    );
    for (let i = from; i < to; i += 1) inPhrase.add(i);
  }
  words.forEach((word, i) => {
    if (word.stop || /^\d+$/.test(word.surface)) return;
    note(word.stem, word.surface, inPhrase.has(i) ? weight * model.ranking.wordInPhrase : weight);
  });
  return { counts, surfaces };
}

/** A matched phrase as written: its words, with "…" where a loose match skipped some. */
function phraseSurface(
  words: readonly Word[],
  key: string,
  from: number,
  to: number,
  exact: boolean,
): string {
  const span = words.slice(from, to);
  if (exact) return span.map((w) => w.surface).join(' ');
  const stems = key.split('_');
  const shown: string[] = [];
  let k = 0;
  span.forEach((w, i) => {
    if (w.stem !== stems[k]) return;
    if (i > 0 && span[i - 1]?.stem !== stems[k - 1]) shown.push('…');
    shown.push(w.surface);
    k += 1;
  });
  return shown.join(' ');
}
