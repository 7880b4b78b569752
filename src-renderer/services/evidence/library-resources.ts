// What an organisation's evidence library needs besides its state on screen (the store's
// evidence slice holds that): the stored texts read so far, the search index, the extraction
// worker's client, and the load in flight. One per library the store keeps; dropping the library
// disposes it, which ends the worker once it has read what it was given.
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { ContentHash, DocumentId, EvidenceLink } from '../../../shared/evidence/types';
import type { OrganisationId } from '../../../shared/types/ids';
import type { DocumentTextRow, FieldbookRepository, StoredDocument } from '../../db/index';
import { ExtractClient } from './extract-client';
import type { WorkerLike } from './extract-client';
import { LibraryIndex } from './library-index';

export class LibraryResources {
  /** Stored texts read so far, by content hash. */
  readonly texts = new Map<ContentHash, DocumentTextRow>();
  readonly index = new LibraryIndex();
  readonly extractor: ExtractClient;
  /** The load in flight; concurrent loads share it. */
  loading: Promise<void> | null = null;

  /** `createWorker`: the extraction worker to use (absent: the app's module worker). */
  constructor(createWorker?: () => WorkerLike) {
    this.extractor = new ExtractClient(createWorker ? { createWorker } : {});
  }

  /** The stored text of `document`, read once and kept; null when none is stored. */
  async text(
    repository: FieldbookRepository,
    document: StoredDocument,
  ): Promise<DocumentTextRow | null> {
    const hash = document.document.contentHash;
    const cached = this.texts.get(hash);
    if (cached) return cached;
    const loaded = (await repository.loadTexts([hash])).get(hash) ?? null;
    if (loaded) this.texts.set(hash, loaded);
    return loaded;
  }

  /** Ends the extraction worker once the documents handed to it are read. */
  dispose(): void {
    this.extractor.dispose();
  }
}

/** A library as read from the repository, with the suggestions stored for each document. */
export interface ReadLibrary {
  readonly documents: readonly StoredDocument[];
  readonly links: readonly EvidenceLink[];
  readonly suggestions: ReadonlyMap<DocumentId, readonly Suggestion[]>;
}

/** Reads an organisation's library and its documents' stored texts (kept in `texts`). */
export async function readLibrary(
  repository: FieldbookRepository,
  organisationId: OrganisationId,
  texts: Map<ContentHash, DocumentTextRow>,
): Promise<ReadLibrary> {
  const library = await repository.loadLibrary(organisationId);
  const hashes = library.documents.map((d) => d.document.contentHash);
  const loaded = await repository.loadTexts(hashes);
  for (const [hash, text] of loaded) texts.set(hash, text);
  const suggestions = new Map<DocumentId, readonly Suggestion[]>();
  for (const d of library.documents) {
    const text = loaded.get(d.document.contentHash);
    if (text) suggestions.set(d.document.id, text.suggestions);
  }
  return { documents: library.documents, links: library.links, suggestions };
}
