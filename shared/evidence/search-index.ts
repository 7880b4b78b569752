// Full-text search over one organisation's documents. The index is kept and updated per
// document (add, remove), never rebuilt for a query. It indexes units of a few passages (those
// of one page and section, up to ~2,000 characters), fewer and larger than passages so that a
// query touches fewer postings; a hit then names the passage of its unit that matches best.
import MiniSearch from 'minisearch';
import type { SnippetPart } from './snippet';
import { highlightRanges, snippetParts } from './snippet';
import { foldCase, isStopWord, stemOf } from './tokenise';
import type { DocumentId, Passage } from './types';

/** Passages indexed together: same document, page and section, at most this many characters. */
const UNIT_LENGTH = 2_000;

interface Unit {
  readonly id: string;
  readonly documentId: DocumentId;
  readonly passages: readonly Passage[];
  readonly text: string;
  readonly section: string;
  /** The document's name, with its first unit only. */
  readonly name: string;
}

/** One passage found, with a highlighted snippet. */
export interface SearchHit {
  readonly documentId: DocumentId;
  readonly passage: Passage;
  readonly score: number;
  readonly snippet: readonly SnippetPart[];
}

export interface SearchOptions {
  /** Most hits returned (default 50). */
  readonly limit?: number;
  /** Only hits in these documents (e.g. not those in the trash). */
  readonly documents?: ReadonlySet<DocumentId>;
}

/** Search terms: folded case, stop words dropped, Porter stems (as suggestions use). */
function processTerm(term: string): string | null {
  const folded = foldCase(term).replace(/['’][a-z]+$/, '');
  if (folded === '' || isStopWord(folded)) return null;
  return /^[a-z]+$/.test(folded) ? stemOf(folded) : folded;
}

/** Phrases written in double quotes in a query. */
function quotedPhrases(query: string): string[] {
  return [...query.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

const flatten = (text: string): string => foldCase(text).replace(/\s+/g, ' ');

/** A query of two words or more as a phrase to look for as written; null for a single word. */
function asWritten(words: string): string | null {
  const phrase = flatten(words)
    .replace(/[^\p{L}\p{N}\s'’/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return phrase.includes(' ') ? phrase : null;
}

/** Whether `text` holds `phrase` (flattened) as whole words: not "within 24 hoursx". */
function holds(text: string, phrase: string): boolean {
  const flat = flatten(text);
  for (let at = flat.indexOf(phrase); at >= 0; at = flat.indexOf(phrase, at + 1)) {
    const before = flat[at - 1];
    const after = flat[at + phrase.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
  }
  return false;
}

/** Groups a document's passages into index units (never across a page or a section). */
function unitsOf(documentId: DocumentId, name: string, passages: readonly Passage[]): Unit[] {
  const units: Unit[] = [];
  let group: Passage[] = [];
  let length = 0;
  const flush = (): void => {
    const first = group[0];
    if (!first) return;
    units.push({
      id: `${documentId}:${first.index}`,
      documentId,
      passages: group,
      text: group.map((p) => p.text).join('\n'),
      section: first.section ?? '',
      name: units.length === 0 ? name : '',
    });
    group = [];
    length = 0;
  };
  for (const passage of passages) {
    const first = group[0];
    const apart = first && (first.page !== passage.page || first.section !== passage.section);
    if (apart || (group.length > 0 && length + passage.text.length > UNIT_LENGTH)) flush();
    group.push(passage);
    length += passage.text.length + 1;
  }
  flush();
  return units;
}

/**
 * The search index of one organisation's library. Pure (MiniSearch is plain JavaScript).
 * Queries: words (all must appear in a passage's unit; if none has them all, any may, allowing
 * small misspellings of long words), the last one also as a prefix while it is being typed, and
 * "quoted phrases" that must appear as written in the passage shown.
 */
export class EvidenceSearchIndex {
  private readonly mini = new MiniSearch<Unit>({
    idField: 'id',
    fields: ['text', 'section', 'name'],
    processTerm,
  });
  private readonly units = new Map<string, Unit>();
  private readonly byDocument = new Map<DocumentId, string[]>();

  /** Documents in the index. */
  get documentCount(): number {
    return this.byDocument.size;
  }

  has(documentId: DocumentId): boolean {
    return this.byDocument.has(documentId);
  }

  /** Adds (or replaces) one document's passages. */
  add(documentId: DocumentId, name: string, passages: readonly Passage[]): void {
    this.remove(documentId);
    const units = unitsOf(documentId, name, passages);
    this.mini.addAll(units);
    for (const unit of units) this.units.set(unit.id, unit);
    this.byDocument.set(
      documentId,
      units.map((u) => u.id),
    );
  }

  /** Removes one document's passages; nothing happens for a document not in the index. */
  remove(documentId: DocumentId): void {
    const ids = this.byDocument.get(documentId);
    if (!ids) return;
    for (const id of ids) {
      this.mini.discard(id);
      this.units.delete(id);
    }
    this.byDocument.delete(documentId);
  }

  private run(words: string, fallback: boolean, documents: ReadonlySet<DocumentId> | undefined) {
    return this.mini.search(words, {
      combineWith: fallback ? 'OR' : 'AND',
      boost: { section: 1.5, name: 1.2 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      ...(fallback ? { fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false) } : {}),
      ...(documents
        ? {
            filter: (r: { id: unknown }): boolean => {
              const unit = this.units.get(String(r.id));
              return unit !== undefined && documents.has(unit.documentId);
            },
          }
        : {}),
    });
  }

  /**
   * Passages matching `query`, best first, each with a highlighted snippet. A passage holding
   * the query's words as written, in order ("within 24 hours"), ranks above passages where they
   * are scattered ("within 2 hours … 24 hours"), whatever their BM25 scores; then by score.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const phrases = quotedPhrases(query).map(flatten);
    const words = query.replace(/["“”]/g, ' ').trim();
    if (words === '') return [];
    const exact = asWritten(words);
    const limit = options.limit ?? 50;
    let results = this.run(words, false, options.documents);
    if (results.length === 0) results = this.run(words, true, options.documents);
    // Units holding the exact phrase first (a stable sort keeps BM25 order otherwise).
    const ranked = results
      .map((result) => ({ result, unit: this.units.get(String(result.id)) }))
      .filter((r): r is { result: (typeof results)[number]; unit: Unit } => r.unit !== undefined)
      .map((r) => ({ ...r, exact: exact !== null && holds(r.unit.text, exact) }))
      .sort((a, b) => Number(b.exact) - Number(a.exact));
    const hits: SearchHit[] = [];
    for (const { result, unit } of ranked) {
      if (hits.length >= limit) break;
      const stems = new Set(result.terms);
      // The passage of the unit holding the exact phrase, else with the most matches (and every
      // quoted phrase), is the hit.
      let best: { passage: Passage; ranges: [number, number][]; exact: boolean } | null = null;
      for (const passage of unit.passages) {
        if (phrases.length > 0) {
          const text = flatten(passage.text);
          if (!phrases.every((p) => text.includes(p))) continue;
        }
        const ranges = highlightRanges(passage.text, stems, phrases);
        const isExact = exact !== null && holds(passage.text, exact);
        if (
          !best ||
          Number(isExact) > Number(best.exact) ||
          (isExact === best.exact && ranges.length > best.ranges.length)
        )
          best = { passage, ranges, exact: isExact };
      }
      if (!best) continue;
      hits.push({
        documentId: unit.documentId,
        passage: best.passage,
        score: result.score,
        snippet: snippetParts(best.passage.text, best.ranges),
      });
    }
    return hits;
  }
}
