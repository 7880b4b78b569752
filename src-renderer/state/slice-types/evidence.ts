// The store's evidence slice: each organisation's evidence library in use, and the assessor's
// actions on it (each names the organisation it acts on).
import type { SearchHit } from '../../../shared/evidence/search-index';
import type { Suggestion } from '../../../shared/evidence/suggest';
import type { DocumentId, LinkId } from '../../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { DocumentPatch, DocumentTextRow } from '../../db/index';
import type { AddedFile, NewFile } from '../../services/evidence/add-documents';
import type { LinkInput } from '../../services/evidence/library-actions';
import type { LibraryState } from '../../services/evidence/library-state';

/** The stage and period given to documents as they are added. */
export interface AddDefaults {
  readonly stageId: StageId | null;
  readonly period: string;
}

/**
 * What can be done with an organisation's library. Every action that changes it reads it again
 * and resolves to true, or to false with the reason in the library's `problem`.
 */
export interface EvidenceActions {
  /** Loads (or reloads) the library and its stored texts; concurrent calls share one load. */
  load(organisationId: OrganisationId): Promise<void>;
  /** The stored text of a document (passages with pages and sections), or null. */
  text(organisationId: OrganisationId, documentId: DocumentId): Promise<DocumentTextRow | null>;
  /** Builds the search index on first use (MiniSearch loads then), a document at a time. */
  ensureIndex(organisationId: OrganisationId): Promise<void>;
  /** Passages matching `query` in documents not in the trash; empty until the index is ready. */
  search(organisationId: OrganisationId, query: string, limit?: number): SearchHit[];
  /** Asks the document view to show a passage when it opens. */
  focus(organisationId: OrganisationId, documentId: DocumentId, passage: number): void;
  /**
   * Adds files (dropped, picked, from a bundle or a benchmark) one after another, each shown as
   * a job; see `addDocuments`. Never rejects: a file that cannot be added says why.
   */
  addFiles(
    organisationId: OrganisationId,
    files: readonly NewFile[],
    defaults: AddDefaults,
  ): Promise<AddedFile[]>;
  /** Shows what a bundle save or open came to ('' clears it). */
  notify(organisationId: OrganisationId, notice: string): void;
  /** Forgets the jobs that are over (done or failed). */
  clearJobs(organisationId: OrganisationId): void;
  updateDocument(
    organisationId: OrganisationId,
    documentId: DocumentId,
    patch: DocumentPatch,
  ): Promise<boolean>;
  trash(organisationId: OrganisationId, documentId: DocumentId): Promise<boolean>;
  restore(organisationId: OrganisationId, documentId: DocumentId): Promise<boolean>;
  delete(organisationId: OrganisationId, documentId: DocumentId): Promise<boolean>;
  /** Links a document, or one passage of it, to an element of a stage. */
  link(organisationId: OrganisationId, input: LinkInput): Promise<boolean>;
  unlink(organisationId: OrganisationId, linkId: LinkId): Promise<boolean>;
  updateLinkNote(organisationId: OrganisationId, linkId: LinkId, note: string): Promise<boolean>;
  /** Accepts a suggestion: links the document at the suggestion's best passage. */
  accept(
    organisationId: OrganisationId,
    documentId: DocumentId,
    stageId: StageId,
    suggestion: Suggestion,
  ): Promise<boolean>;
  /** Rejects a suggestion: the element is never suggested for this document again. */
  reject(
    organisationId: OrganisationId,
    documentId: DocumentId,
    element: ElementId,
  ): Promise<boolean>;
  /** Saves the original file out through the platform (a save dialog or a download). */
  saveOriginal(organisationId: OrganisationId, documentId: DocumentId): Promise<boolean>;
  /**
   * Drops every library but that of `organisationId` (null: all), e.g. on leaving it or after a
   * restore. A dropped library's extraction worker ends once it has read what it was given; its
   * screens load it again from the repository.
   */
  keepOnly(organisationId: OrganisationId | null): void;
  /** Drops the library of `organisationId`, e.g. after an import wrote over its record. */
  drop(organisationId: OrganisationId): void;
}

export interface EvidenceSlice {
  /**
   * The evidence libraries in use, by organisation: the one on screen, and one a bundle is
   * being opened into. Absent: not loaded yet (or dropped), shown as loading.
   */
  readonly libraries: Readonly<Partial<Record<OrganisationId, LibraryState>>>;
  /** The actions on the libraries; one object for the store's life (select it freely). */
  readonly evidence: EvidenceActions;
}
