// Suggestions stored with a document's text were worked out by some version of the suggestion
// model; when the app's model is newer they are worked out again (the engine loads only then).
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { ContentHash, DocumentId } from '../../../shared/evidence/types';
import type { DocumentTextRow, FieldbookRepository, StoredDocument } from '../../db/index';
import { SUGGESTER_VERSION } from '../../../shared/evidence/suggester-version';
import { STORED_SUGGESTIONS } from './extract-protocol';

/** Suggestions worked out again for documents whose stored ones are stale, and saved. */
export async function refreshSuggestions(
  repository: FieldbookRepository,
  documents: readonly StoredDocument[],
  texts: ReadonlyMap<ContentHash, DocumentTextRow>,
): Promise<Map<DocumentId, readonly Suggestion[]>> {
  const stale = documents.filter((d) => {
    const text = texts.get(d.document.contentHash);
    return (
      text !== undefined && text.status === 'text' && text.suggesterVersion !== SUGGESTER_VERSION
    );
  });
  const refreshed = new Map<DocumentId, readonly Suggestion[]>();
  if (stale.length === 0) return refreshed;
  const { buildSuggestionModel } = await import('../../../shared/evidence/model');
  const { suggestElements } = await import('../../../shared/evidence/suggest');
  const model = buildSuggestionModel();
  for (const d of stale) {
    const text = texts.get(d.document.contentHash) as DocumentTextRow;
    const suggestions = suggestElements(model, text.passages, { top: STORED_SUGGESTIONS });
    await repository.saveSuggestions(d.document.contentHash, suggestions, SUGGESTER_VERSION);
    refreshed.set(d.document.id, suggestions);
  }
  return refreshed;
}
