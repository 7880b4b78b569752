// The evidence library's storage API (schema version 2): documents, their files and texts, and
// links to elements. Part of `FieldbookRepository`; every method rejects only with
// `StorageError` and resolves only after its transaction committed.
import type { Suggestion } from '../../shared/evidence/suggest';
import type {
  ContentHash,
  DocumentId,
  DocumentText,
  EvidenceDocument,
  EvidenceLibrary,
  EvidenceLink,
  LinkId,
} from '../../shared/evidence/types';
import type { OrganisationId } from '../../shared/types/ids';
import type { DocumentTextRow } from './evidence-rows';
import type { SaveReceipt } from './receipt';

/** A document as the library screen shows it. */
export interface StoredDocument {
  readonly document: EvidenceDocument;
  /** False when the record came without the file (e.g. opened from a JSON file, no bundle). */
  readonly hasFile: boolean;
  /** `missing` when there is no text because the file is missing. */
  readonly textStatus: 'text' | 'no-text' | 'missing';
  readonly pageCount: number | null;
}

/** An organisation's library: documents (trashed ones included), live links. */
export interface StoredLibrary {
  readonly documents: readonly StoredDocument[];
  readonly links: readonly EvidenceLink[];
}

/** A document to add, with its file, its text and the suggestions worked out from the text. */
export interface NewDocument {
  readonly document: EvidenceDocument;
  readonly bytes: Uint8Array;
  readonly text: DocumentText;
  readonly suggestions: readonly Suggestion[];
  readonly suggesterVersion: number;
}

/**
 * What adding did: `added`; `duplicate` — the same file is already in the library (nothing
 * written); `restored-file` — the library listed it without its file, which is now stored.
 */
export type AddDocumentOutcome =
  | { readonly kind: 'added'; readonly receipt: SaveReceipt }
  | { readonly kind: 'duplicate'; readonly existing: EvidenceDocument }
  | {
      readonly kind: 'restored-file';
      readonly existing: EvidenceDocument;
      readonly receipt: SaveReceipt;
    };

/** The fields of a document the assessor edits. */
export type DocumentPatch = Partial<
  Pick<EvidenceDocument, 'name' | 'stageId' | 'period' | 'rejectedSuggestions'>
>;
/** The fields of a link the assessor edits. */
export type LinkPatch = Partial<Pick<EvidenceLink, 'note' | 'quote' | 'page' | 'section'>>;

export interface EvidenceRepository {
  /** The library of an organisation; empty for one without documents. */
  loadLibrary(organisationId: OrganisationId): Promise<StoredLibrary>;
  /** The library as the record carries it (for "Save as file" and exports). */
  loadEvidence(organisationId: OrganisationId): Promise<EvidenceLibrary>;
  /** Texts (with stored suggestions) of the given files; files without text are left out. */
  loadTexts(hashes: readonly ContentHash[]): Promise<Map<ContentHash, DocumentTextRow>>;
  /** The bytes of a file, or null when the library does not hold it. */
  loadFile(hash: ContentHash): Promise<Uint8Array | null>;
  addDocument(organisationId: OrganisationId, input: NewDocument): Promise<AddDocumentOutcome>;
  updateDocument(
    organisationId: OrganisationId,
    documentId: DocumentId,
    patch: DocumentPatch,
  ): Promise<SaveReceipt>;
  /** Moves a document to the library's recoverable trash; its links stay. */
  trashDocument(organisationId: OrganisationId, documentId: DocumentId): Promise<SaveReceipt>;
  restoreDocument(organisationId: OrganisationId, documentId: DocumentId): Promise<SaveReceipt>;
  /**
   * Deletes a document for good, with its links; its file and text go too unless another
   * document (of any organisation) holds the same file. Ask the assessor first.
   */
  deleteDocument(organisationId: OrganisationId, documentId: DocumentId): Promise<SaveReceipt>;
  /** Stores suggestions worked out again (a newer suggestion model) with a file's text. */
  saveSuggestions(
    hash: ContentHash,
    suggestions: readonly Suggestion[],
    suggesterVersion: number,
  ): Promise<void>;
  /** Rejects with `conflict` for a used id, `not-found` for a missing document or stage. */
  addLink(organisationId: OrganisationId, link: EvidenceLink): Promise<SaveReceipt>;
  updateLink(
    organisationId: OrganisationId,
    linkId: LinkId,
    patch: LinkPatch,
  ): Promise<SaveReceipt>;
  /** Unlinks; the document is never touched. */
  removeLink(organisationId: OrganisationId, linkId: LinkId): Promise<SaveReceipt>;
}
