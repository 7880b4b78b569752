// The suggestion model: one weighted "profile" of terms per element (its statement, its
// sub-criterion's name and its curated vocabulary) and each term's rarity across the elements.
import type { Catalogue } from '../catalogue/catalogue';
import { DEFAULT_CATALOGUE } from '../catalogue/catalogue';
import type { ElementId } from '../types/ids';
import { PhraseIndex } from './phrases';
import { contentStems, wordsOf } from './tokenise';
import { VOCABULARY_1_2 } from './vocabulary-1-2';
import { VOCABULARY_3_5 } from './vocabulary-3-5';

/** The curated vocabulary of every element of the 57-element edition: "term; term; phrase". */
export const DEFAULT_VOCABULARY: Readonly<Record<string, string>> = {
  ...VOCABULARY_1_2,
  ...VOCABULARY_3_5,
};

export { SUGGESTER_VERSION } from './suggester-version';

/** Weights of a profile's sources. A curated term counts more than a word of the statement. */
const WEIGHT = { statement: 1, subCriterion: 0.5, vocabularyTerm: 2, phraseWord: 0.5 } as const;

export interface SuggestionModel {
  /** The elements, in catalogue order (ties rank in this order). */
  readonly elements: readonly ElementId[];
  /** Per element (same order), term → weighted frequency. */
  readonly profiles: readonly ReadonlyMap<string, number>[];
  readonly lengths: readonly number[];
  readonly averageLength: number;
  /** BM25 inverse document frequency of each term over the element profiles. */
  readonly idf: ReadonlyMap<string, number>;
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
): SuggestionModel {
  const phrases = new PhraseIndex();
  const subNames = new Map(
    catalogue.criteria.flatMap((c) => c.subCriteria.map((s) => [s.id, s.name] as const)),
  );
  const profiles = catalogue.elements.map((element) => {
    const profile = new Map<string, number>();
    for (const stem of contentStems(element.statement)) addTerm(profile, stem, WEIGHT.statement);
    for (const stem of contentStems(subNames.get(element.subCriterion) ?? '')) {
      addTerm(profile, stem, WEIGHT.subCriterion);
    }
    for (const entry of vocabularyEntries(vocabulary[element.id] ?? '')) {
      const key = phrases.add(entry);
      if (key === null) {
        const stems = contentStems(entry);
        // A single word that is a stop word or a number (none should be) carries nothing.
        for (const stem of stems) addTerm(profile, stem, WEIGHT.vocabularyTerm);
        continue;
      }
      addTerm(profile, key, WEIGHT.vocabularyTerm);
      for (const stem of contentStems(entry)) addTerm(profile, stem, WEIGHT.phraseWord);
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
  return {
    elements: catalogue.elements.map((e) => e.id),
    profiles,
    lengths,
    averageLength,
    idf,
    phrases,
  };
}

/** Terms of a text that the model knows, counted, with how each was first written. */
export interface TermCounts {
  readonly counts: ReadonlyMap<string, number>;
  /** Term → its first occurrence as written (lower case), for explanations. */
  readonly surfaces: ReadonlyMap<string, string>;
}

/** Counts the model's terms (single words and phrases) in `text`. */
export function countTerms(model: SuggestionModel, text: string): TermCounts {
  const words = wordsOf(text);
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const note = (term: string, surface: string): void => {
    if (!model.idf.has(term)) return;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (!surfaces.has(term)) surfaces.set(term, surface);
  };
  for (const word of words) {
    if (!word.stop && !/^\d+$/.test(word.surface)) note(word.stem, word.surface);
  }
  for (const { key, from, to } of model.phrases.find(words)) {
    const span = words.slice(from, to).map((w) => w.surface);
    note(key, span.join(' '));
  }
  return { counts, surfaces };
}
