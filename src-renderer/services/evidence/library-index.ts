// The search index of a library on screen: built on first use (MiniSearch loads then), one
// document at a time so that the page stays responsive, and kept in line with the library.
import type { EvidenceSearchIndex, SearchHit } from '../../../shared/evidence/search-index';
import type { ContentHash, DocumentId } from '../../../shared/evidence/types';
import type { DocumentTextRow, StoredDocument } from '../../db/index';

export class LibraryIndex {
  private index: EvidenceSearchIndex | null = null;
  private building: Promise<void> | null = null;
  private indexed = new Set<DocumentId>();

  /** Whether the index exists (searches work). */
  get ready(): boolean {
    return this.index !== null && this.building === null;
  }

  /** Builds the index for `documents`; later calls wait for the first build. */
  build(
    documents: () => readonly StoredDocument[],
    texts: ReadonlyMap<ContentHash, DocumentTextRow>,
  ): Promise<void> {
    this.building ??= (async () => {
      const { EvidenceSearchIndex: Index } = await import('../../../shared/evidence/search-index');
      this.index = new Index();
      await this.sync(documents(), texts);
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Adds texts not indexed yet and drops documents no longer in the library. */
  async sync(
    documents: readonly StoredDocument[],
    texts: ReadonlyMap<ContentHash, DocumentTextRow>,
  ): Promise<void> {
    const index = this.index;
    if (!index) return;
    const present = new Set<DocumentId>();
    for (const d of documents) {
      present.add(d.document.id);
      const text = texts.get(d.document.contentHash);
      if (!text || text.status !== 'text' || index.has(d.document.id)) continue;
      index.add(d.document.id, d.document.name, text.passages);
      // Let the page breathe between documents while a large library is indexed.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    for (const id of this.indexed) if (!present.has(id)) index.remove(id);
    this.indexed = present;
  }

  /** Passages matching `query` in `live` documents; empty until the index exists. */
  search(query: string, live: ReadonlySet<DocumentId>, limit: number): SearchHit[] {
    return this.index ? this.index.search(query, { limit, documents: live }) : [];
  }
}
