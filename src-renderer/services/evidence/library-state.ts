// The state of an organisation's evidence library on screen, and the small pure helpers over it.
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { DocumentId, EvidenceLink } from '../../../shared/evidence/types';
import type { ElementId, StageId } from '../../../shared/types/ids';
import type { StoredDocument } from '../../db/index';

/** One file being added: where it is, and what came of it. */
export interface AddJob {
  readonly id: string;
  readonly name: string;
  readonly state: 'reading' | 'saving' | 'done' | 'failed';
  /** Pages read of a PDF (0 of 0 until the reader knows). */
  readonly done: number;
  readonly total: number;
  /** What the assessor is told: refused, duplicate, no text found, added. */
  readonly message: string | null;
  readonly tone: 'info' | 'warning' | 'error';
}

export interface LibraryState {
  readonly status: 'loading' | 'ready' | 'failed';
  readonly error: string | null;
  readonly documents: readonly StoredDocument[];
  readonly links: readonly EvidenceLink[];
  /** Stored suggestions per document (best first), before the assessor's rejections. */
  readonly suggestions: ReadonlyMap<DocumentId, readonly Suggestion[]>;
  readonly jobs: readonly AddJob[];
  readonly index: 'none' | 'building' | 'ready';
  /** The passage to show when the document opens (a search hit, a link, a suggestion). */
  readonly focus: { readonly documentId: DocumentId; readonly passage: number } | null;
  /** The last action that failed, in words; cleared by the next one that succeeds. */
  readonly problem: string | null;
  /** What a bundle save or open came to, in words (kept while the screen reloads). */
  readonly notice: string | null;
}

export const INITIAL_LIBRARY_STATE: LibraryState = {
  status: 'loading',
  error: null,
  documents: [],
  links: [],
  suggestions: new Map(),
  jobs: [],
  index: 'none',
  focus: null,
  problem: null,
  notice: null,
};

/** A suggestion is shown for a document when it scores at least this share of the best one. */
const RELATIVE_FLOOR = 0.4;

/** A document's suggestions as shown: rejected ones and weak ones left out. */
export function shownSuggestions(
  state: LibraryState,
  document: StoredDocument,
  top = 5,
): Suggestion[] {
  const all = state.suggestions.get(document.document.id) ?? [];
  const best = all[0]?.score ?? 0;
  const rejected = new Set<string>(document.document.rejectedSuggestions);
  return all
    .filter((s) => !rejected.has(s.element) && s.score >= best * RELATIVE_FLOOR)
    .slice(0, top);
}

/** A document that may evidence an element, with the suggestion that says so. */
export interface DocumentSuggestion {
  readonly document: StoredDocument;
  readonly suggestion: Suggestion;
}

/**
 * Documents that may evidence an element of a stage: not in the trash, the element among
 * their shown suggestions, not rejected, and not already linked to it at that stage. Best
 * relative match first.
 */
export function documentsForElement(
  state: LibraryState,
  stageId: StageId,
  element: ElementId,
): DocumentSuggestion[] {
  const linked = new Set(
    state.links
      .filter((l) => l.stageId === stageId && l.element === element)
      .map((l) => l.documentId),
  );
  const found: { item: DocumentSuggestion; share: number }[] = [];
  for (const document of state.documents) {
    if (document.document.trashedAt !== null || linked.has(document.document.id)) continue;
    const shown = shownSuggestions(state, document, 8);
    const suggestion = shown.find((s) => s.element === element);
    if (!suggestion) continue;
    const best = shown[0]?.score ?? suggestion.score;
    found.push({ item: { document, suggestion }, share: best > 0 ? suggestion.score / best : 0 });
  }
  return found
    .sort(
      (a, b) =>
        b.share - a.share ||
        a.item.document.document.name.localeCompare(b.item.document.document.name),
    )
    .map((f) => f.item);
}

/** The live links of an element at a stage whose document is not in the trash. */
export function linksOfElement(
  state: LibraryState,
  stageId: StageId,
  element: ElementId,
): EvidenceLink[] {
  const live = new Set(
    state.documents.filter((d) => d.document.trashedAt === null).map((d) => d.document.id),
  );
  return state.links.filter(
    (l) => l.stageId === stageId && l.element === element && live.has(l.documentId),
  );
}
