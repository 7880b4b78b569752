// Suggested elements for a document or a passage: the 57 element profiles ranked by BM25 against
// the document's weighed terms (title and headings above body, boilerplate and names left out,
// phrases above single words), each with its reasons (the terms that matched and the best
// passage).
import type { ElementId } from '../types/ids';
import type { SuggestionModel, TermCounts } from './model';
import { countTerms } from './model';
import { stripMarkup } from './markup';
import { weighDocument } from './text-weights';
import type { Passage } from './types';

/** Terms shown as the reason of a suggestion. */
const REASON_TERMS = 6;
/** Characters of the best passage quoted as a reason. */
const EXCERPT_LENGTH = 240;

/** One suggested element with why. */
export interface Suggestion {
  readonly element: ElementId;
  /** BM25 score, rounded to 3 decimals; comparable within one text. */
  readonly score: number;
  /** The matched terms as written in the text, strongest first. */
  readonly terms: readonly string[];
  /** The passage that matches the element best, or null for a text without passages. */
  readonly passage: {
    readonly index: number;
    readonly page: number | null;
    readonly section: string | null;
    readonly excerpt: string;
  } | null;
}

export interface SuggestOptions {
  /** How many to return (default 5). */
  readonly top?: number;
  /** Elements never to suggest (e.g. those the assessor rejected for this document). */
  readonly exclude?: readonly ElementId[];
}

interface Scored {
  readonly index: number;
  readonly score: number;
  readonly contributions: readonly (readonly [string, number])[];
}

/**
 * The BM25 score of one element's profile against a text's terms; `contributions`, when given,
 * receives each matched term's part.
 */
function scoreOne(
  model: SuggestionModel,
  index: number,
  terms: TermCounts,
  contributions?: [string, number][],
): number {
  const profile = model.profiles[index] as ReadonlyMap<string, number>;
  const length = model.lengths[index] ?? model.averageLength;
  const { k1, b } = model.ranking;
  const norm = k1 * (1 - b + (b * length) / model.averageLength);
  let score = 0;
  for (const [term, queryCount] of terms.counts) {
    const tf = profile.get(term);
    if (tf === undefined) continue;
    const weight = queryCount <= 1 ? queryCount : 1 + Math.log(queryCount);
    const part = (weight * (model.termWeight.get(term) ?? 0) * (tf * (k1 + 1))) / (tf + norm);
    contributions?.push([term, part]);
    score += part;
  }
  return score;
}

/** Scores every element of the model against the terms of one text, with each term's part. */
function scoreAll(model: SuggestionModel, terms: TermCounts): Scored[] {
  return model.profiles.map((_, index) => {
    const contributions: [string, number][] = [];
    const score = scoreOne(model, index, terms, contributions);
    contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { index, score, contributions };
  });
}

/**
 * The scores as ranked: each element's own score raised by how well the document's title matches
 * its sub-criterion (up to `RANKING.titleGroup` of it, the best-matching sub-criterion most), plus
 * `RANKING.siblings` × the mean raised score of the other elements of its sub-criterion. An
 * element none of whose own terms is found keeps 0: it is never suggested for its siblings alone.
 */
function arrange(
  model: SuggestionModel,
  scored: readonly Scored[],
  title: TermCounts | null,
): Scored[] {
  const byGroup = model.groups.map(() => 0);
  if (title !== null) {
    model.group.forEach((g, i) => {
      byGroup[g] = (byGroup[g] ?? 0) + scoreOne(model, i, title);
    });
  }
  const bestGroup = Math.max(0, ...byGroup);
  const raised = scored.map((s) => {
    const prior = bestGroup > 0 ? (byGroup[model.group[s.index] ?? 0] ?? 0) / bestGroup : 0;
    return s.score * (1 + model.ranking.titleGroup * prior);
  });
  return scored.map((s, i) => {
    if (s.score <= 0) return s;
    const siblings = (model.groups[model.group[i] ?? 0] ?? []).filter((j) => j !== i);
    const mean =
      siblings.reduce((sum, j) => sum + (raised[j] ?? 0), 0) / Math.max(1, siblings.length);
    return { ...s, score: (raised[i] ?? 0) + model.ranking.siblings * mean };
  });
}

/**
 * The scores divided by 1 + `RANKING.typical` × each element's baseline (its usual share of the
 * best score on client documents, model.ts): an element whose everyday words ("phone", "email",
 * "online") put it near the top of most documents says less about this one than an element that
 * rarely scores. Unchanged when the model has no baseline.
 */
function discount(model: SuggestionModel, scored: readonly Scored[]): Scored[] {
  const baseline = model.baseline;
  if (baseline === null) return [...scored];
  return scored.map((s) => ({
    ...s,
    score: s.score / (1 + model.ranking.typical * (baseline[s.index] ?? 0)),
  }));
}

/** Ranks by score, ties in catalogue order: deterministic. */
function rank(scored: readonly Scored[]): Scored[] {
  return [...scored]
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

function excerpt(text: string): string {
  const flat = stripMarkup(text).replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/** The element's best passage: the highest BM25 score of that element alone; first on ties. */
function bestPassage(
  model: SuggestionModel,
  elementIndex: number,
  passages: readonly Passage[],
  passageTerms: readonly TermCounts[],
): Suggestion['passage'] {
  let best = -1;
  let bestScore = 0;
  passageTerms.forEach((terms, i) => {
    const score = scoreOne(model, elementIndex, terms);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const passage = passages[best];
  if (!passage) return null;
  return {
    index: passage.index,
    page: passage.page,
    section: passage.section,
    excerpt: excerpt(passage.text),
  };
}

/**
 * The elements a text may evidence, best first, each with its score, its matched terms and (for
 * a text given as passages) the passage that shows it best. The text is weighed first
 * (text-weights.ts): its title and headings count more, running headers and footers,
 * document-control lines and menus not at all, and the names of the organisation and its teams
 * are not read as words of the standard. Pure and deterministic: the same text and model always
 * give the same list. A text with no known term gives an empty list.
 */
export function suggestElements(
  model: SuggestionModel,
  text: string | readonly Passage[],
  options: SuggestOptions = {},
): Suggestion[] {
  const passages: readonly Passage[] =
    typeof text === 'string' ? [{ index: 0, page: null, section: null, text }] : text;
  const { whole, passageTerms, title } = documentTerms(model, passages);
  const excluded = new Set<string>(options.exclude ?? []);
  const arranged = discount(model, arrange(model, scoreAll(model, whole), title));
  const ranked = rank(arranged).filter((s) => !excluded.has(model.elements[s.index] as string));
  return ranked.slice(0, options.top ?? 5).map((s) => ({
    element: model.elements[s.index] as ElementId,
    score: Math.round(s.score * 1000) / 1000,
    terms: reasonTerms(s.contributions, whole.surfaces),
    passage: typeof text === 'string' ? null : bestPassage(model, s.index, passages, passageTerms),
  }));
}

/** The model's terms in a document, weighed (text-weights.ts): the whole, and each passage's. */
export function documentTerms(
  model: SuggestionModel,
  passages: readonly Passage[],
): { whole: TermCounts; passageTerms: TermCounts[]; title: TermCounts | null } {
  const weighed = weighDocument(passages);
  const parts = weighed.map((part) => ({
    part,
    counts: countTerms(model, part.text, part.weight),
  }));
  const titlePart = weighed.find((part) => part.title === true);
  const whole = mergeCounts(parts.map((p) => p.counts));
  const byPassage = new Map<number, TermCounts[]>();
  for (const { part, counts } of parts) {
    if (part.passage === null) continue;
    const list = byPassage.get(part.passage);
    if (list) list.push(counts);
    else byPassage.set(part.passage, [counts]);
  }
  const passageTerms = passages.map((p) => mergeCounts(byPassage.get(p.index) ?? []));
  return { whole, passageTerms, title: titlePart ? countTerms(model, titlePart.text) : null };
}

/**
 * The strongest matched terms as written, phrases before the single words they contain (a word
 * that only repeats part of a shown phrase is left out: "put things right", not also "put").
 */
function reasonTerms(
  contributions: readonly (readonly [string, number])[],
  surfaces: ReadonlyMap<string, string>,
): string[] {
  const phraseWords = new Set(
    contributions.filter(([t]) => t.includes('_')).flatMap(([t]) => t.split('_')),
  );
  return contributions
    .filter(([term]) => term.includes('_') || !phraseWords.has(term))
    .slice(0, REASON_TERMS)
    .map(([term]) => surfaces.get(term) ?? term);
}

/** The term counts of a whole document from those of its passages. */
function mergeCounts(parts: readonly TermCounts[]): TermCounts {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const part of parts) {
    for (const [term, n] of part.counts) counts.set(term, (counts.get(term) ?? 0) + n);
    for (const [term, s] of part.surfaces) if (!surfaces.has(term)) surfaces.set(term, s);
  }
  return { counts, surfaces };
}
