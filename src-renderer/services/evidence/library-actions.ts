// The parts of the assessor's library actions that are not state: a new link from a passage,
// the passage a suggestion points at, and saving a document's original file out.
import { quoteOf } from '../../../shared/evidence/links';
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { DocumentId, EvidenceLink, LinkId, Passage } from '../../../shared/evidence/types';
import type { ElementId, StageId } from '../../../shared/types/ids';
import type { DocumentTextRow, FieldbookRepository, StoredDocument } from '../../db/index';
import type { Platform } from '../../platform/platform';

/** Characters of a passage kept as a link's quote. */
const QUOTE_LENGTH = 1_000;

/** What the assessor links: a document, or one passage of it, to an element of a stage. */
export interface LinkInput {
  readonly documentId: DocumentId;
  readonly stageId: StageId;
  readonly element: ElementId;
  readonly passage: Pick<Passage, 'page' | 'section' | 'text'> | null;
  readonly note: string;
}

/** The link to store for `input`, quoting the start of its passage. */
export function newLink(
  input: LinkInput,
  make: { readonly newId: () => string; readonly now: () => string },
): EvidenceLink {
  const passage = input.passage;
  return {
    id: make.newId() as LinkId,
    documentId: input.documentId,
    stageId: input.stageId,
    element: input.element,
    page: passage?.page ?? null,
    section: passage?.section ?? null,
    quote: passage ? quoteOf(passage.text, QUOTE_LENGTH) : '',
    note: input.note,
    createdAt: make.now(),
  };
}

/**
 * The passage a suggestion points at, from the document's stored text (its excerpt when the
 * text does not hold it); null for a suggestion of the whole document.
 */
export function suggestedPassage(
  text: DocumentTextRow | null,
  suggestion: Suggestion,
): Pick<Passage, 'page' | 'section' | 'text'> | null {
  const pointed = suggestion.passage;
  if (!pointed) return null;
  return (
    text?.passages.find((p) => p.index === pointed.index) ?? { ...pointed, text: pointed.excerpt }
  );
}

/** Saves a document's original file through the platform (a save dialog or a download). */
export async function saveOriginalFile(
  deps: { readonly repository: FieldbookRepository; readonly platform: Platform },
  stored: StoredDocument,
): Promise<void> {
  const document = stored.document;
  const bytes = await deps.repository.loadFile(document.contentHash);
  if (!bytes)
    throw new Error(
      `The file of "${document.name}" is not in this library (the record was opened without it). Add the file again to restore it.`,
    );
  const result = await deps.platform.saveFile('document', document.name, bytes);
  if (!result.saved && result.reason === 'failed')
    throw new Error(result.message ?? 'Saving failed.');
}
