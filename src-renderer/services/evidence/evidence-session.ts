// One organisation's evidence library on screen: loads it, keeps the search index, and runs the
// assessor's actions through the repository. Shared by the library screen and the workbook's
// element cards (one session per organisation), observed with `useLibrary`.
import { quoteOf } from '../../../shared/evidence/links';
import type { SearchHit } from '../../../shared/evidence/search-index';
import type { Suggestion } from '../../../shared/evidence/suggest';
import type {
  ContentHash,
  DocumentId,
  EvidenceLink,
  LinkId,
  Passage,
} from '../../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type {
  DocumentPatch,
  DocumentTextRow,
  FieldbookRepository,
  StoredDocument,
} from '../../db/index';
import type { Platform } from '../../platform/platform';
import { addDocuments } from './add-documents';
import type { AddedFile, NewFile } from './add-documents';
import { ExtractClient } from './extract-client';
import { LibraryIndex } from './library-index';
import type { LibraryState } from './library-state';
import { INITIAL_LIBRARY_STATE } from './library-state';
import { problemText } from './problem-text';
import { refreshSuggestions } from './refresh-suggestions';

/** What a session needs from the app. */
export interface SessionDeps {
  readonly repository: FieldbookRepository;
  readonly platform: Platform;
  readonly now: () => string;
  readonly newId: () => string;
}

/** Characters of a passage kept as a link's quote. */
const QUOTE_LENGTH = 1_000;

export class EvidenceSession {
  private state: LibraryState = INITIAL_LIBRARY_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly texts = new Map<ContentHash, DocumentTextRow>();
  private readonly index = new LibraryIndex();
  private loading: Promise<void> | null = null;
  private readonly extractor = new ExtractClient();

  constructor(
    readonly organisationId: OrganisationId,
    private readonly deps: SessionDeps,
  ) {}

  readonly getState = (): LibraryState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<LibraryState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Loads (or reloads) the library and its stored texts; concurrent calls share one load. */
  load(): Promise<void> {
    this.loading ??= this.reload().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async reload(): Promise<void> {
    const { repository } = this.deps;
    try {
      const library = await repository.loadLibrary(this.organisationId);
      const hashes = library.documents.map((d) => d.document.contentHash);
      const texts = await repository.loadTexts(hashes);
      for (const [hash, text] of texts) this.texts.set(hash, text);
      const suggestions = new Map<DocumentId, readonly Suggestion[]>();
      for (const d of library.documents) {
        const text = texts.get(d.document.contentHash);
        if (text) suggestions.set(d.document.id, text.suggestions);
      }
      this.set({
        status: 'ready',
        error: null,
        documents: library.documents,
        links: library.links,
        suggestions,
      });
      await this.index.sync(library.documents, this.texts);
      const refreshed = await refreshSuggestions(repository, library.documents, texts);
      if (refreshed.size > 0) {
        this.set({ suggestions: new Map([...this.state.suggestions, ...refreshed]) });
      }
    } catch (error) {
      this.set({ status: 'failed', error: problemText(error) });
    }
  }

  /** The stored text of a document (passages with pages and sections), or null. */
  async text(documentId: DocumentId): Promise<DocumentTextRow | null> {
    const document = this.find(documentId);
    if (!document) return null;
    const hash = document.document.contentHash;
    const cached = this.texts.get(hash);
    if (cached) return cached;
    const loaded = (await this.deps.repository.loadTexts([hash])).get(hash) ?? null;
    if (loaded) this.texts.set(hash, loaded);
    return loaded;
  }

  find(documentId: DocumentId): StoredDocument | undefined {
    return this.state.documents.find((d) => d.document.id === documentId);
  }

  /** Builds the search index on first use (MiniSearch loads then), a document at a time. */
  async ensureIndex(): Promise<void> {
    if (this.state.index === 'none') this.set({ index: 'building' });
    await this.index.build(() => this.state.documents, this.texts);
    if (this.state.index !== 'ready') this.set({ index: 'ready' });
  }

  /** Passages matching `query` in documents not in the trash; empty until the index is ready. */
  search(query: string, limit = 50): SearchHit[] {
    const live = new Set(
      this.state.documents.filter((d) => d.document.trashedAt === null).map((d) => d.document.id),
    );
    return this.index.search(query, live, limit);
  }

  /** Asks the document view to show a passage when it opens. */
  focus(documentId: DocumentId, passage: number): void {
    this.set({ focus: { documentId, passage } });
  }

  /** Adds files (dropped, picked, or from a benchmark) one after another; see `addDocuments`. */
  async addFiles(
    files: readonly NewFile[],
    defaults: { readonly stageId: StageId | null; readonly period: string },
  ): Promise<AddedFile[]> {
    const added = await addDocuments(
      {
        organisationId: this.organisationId,
        repository: this.deps.repository,
        extractor: this.extractor,
        now: this.deps.now,
        newId: this.deps.newId,
        documents: () => this.state.documents,
        jobs: () => this.state.jobs,
        setJobs: (jobs) => this.set({ jobs }),
      },
      files,
      defaults,
    );
    await this.load();
    return added;
  }

  /** Runs a repository action, reloads, and records its failure in words. */
  private async act(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      this.set({ problem: null });
      await this.load();
      return true;
    } catch (error) {
      this.set({ problem: problemText(error) });
      return false;
    }
  }

  /** Ends the extraction worker once the documents handed to it are read. */
  dispose(): void {
    this.extractor.dispose();
  }

  /** Shows what a bundle save or open came to ('' clears it). */
  notify(notice: string): void {
    this.set({ notice: notice === '' ? null : notice });
  }

  clearJobs(): void {
    this.set({
      jobs: this.state.jobs.filter((j) => j.state === 'reading' || j.state === 'saving'),
    });
  }

  updateDocument(documentId: DocumentId, patch: DocumentPatch): Promise<boolean> {
    return this.act(() =>
      this.deps.repository.updateDocument(this.organisationId, documentId, patch),
    );
  }

  trash(documentId: DocumentId): Promise<boolean> {
    return this.act(() => this.deps.repository.trashDocument(this.organisationId, documentId));
  }

  restore(documentId: DocumentId): Promise<boolean> {
    return this.act(() => this.deps.repository.restoreDocument(this.organisationId, documentId));
  }

  delete(documentId: DocumentId): Promise<boolean> {
    return this.act(() => this.deps.repository.deleteDocument(this.organisationId, documentId));
  }

  /** Links a document, or one passage of it, to an element of a stage. */
  link(input: {
    readonly documentId: DocumentId;
    readonly stageId: StageId;
    readonly element: ElementId;
    readonly passage: Pick<Passage, 'page' | 'section' | 'text'> | null;
    readonly note: string;
  }): Promise<boolean> {
    const passage = input.passage;
    const link: EvidenceLink = {
      id: this.deps.newId() as LinkId,
      documentId: input.documentId,
      stageId: input.stageId,
      element: input.element,
      page: passage?.page ?? null,
      section: passage?.section ?? null,
      quote: passage ? quoteOf(passage.text, QUOTE_LENGTH) : '',
      note: input.note,
      createdAt: this.deps.now(),
    };
    return this.act(() => this.deps.repository.addLink(this.organisationId, link));
  }

  unlink(linkId: LinkId): Promise<boolean> {
    return this.act(() => this.deps.repository.removeLink(this.organisationId, linkId));
  }

  updateLinkNote(linkId: LinkId, note: string): Promise<boolean> {
    return this.act(() => this.deps.repository.updateLink(this.organisationId, linkId, { note }));
  }

  /** Accepts a suggestion: links the document at the suggestion's best passage. */
  async accept(documentId: DocumentId, stageId: StageId, suggestion: Suggestion): Promise<boolean> {
    const text = await this.text(documentId);
    const passage = suggestion.passage
      ? (text?.passages.find((p) => p.index === suggestion.passage?.index) ?? {
          ...suggestion.passage,
          text: suggestion.passage.excerpt,
        })
      : null;
    return this.link({ documentId, stageId, element: suggestion.element, passage, note: '' });
  }

  /** Rejects a suggestion: the element is never suggested for this document again. */
  reject(documentId: DocumentId, element: ElementId): Promise<boolean> {
    const document = this.find(documentId);
    if (!document) return Promise.resolve(false);
    const rejected = [...document.document.rejectedSuggestions, element];
    return this.updateDocument(documentId, { rejectedSuggestions: rejected });
  }

  /** Saves the original file out through the platform (a save dialog or a download). */
  saveOriginal(documentId: DocumentId): Promise<boolean> {
    const document = this.find(documentId);
    if (!document) return Promise.resolve(false);
    return this.act(async () => {
      const bytes = await this.deps.repository.loadFile(document.document.contentHash);
      if (!bytes)
        throw new Error(
          `The file of "${document.document.name}" is not in this library (the record was opened without it). Add the file again to restore it.`,
        );
      const result = await this.deps.platform.saveFile('document', document.document.name, bytes);
      if (!result.saved && result.reason === 'failed')
        throw new Error(result.message ?? 'Saving failed.');
    });
  }
}

/**
 * The evidence sessions of the page: at most one per organisation, made on first use. Dropping a
 * session ends its extraction worker once it has read what it was given, and tells subscribers
 * (`useLibrary`), whose screens then take a fresh one, loaded again from the repository.
 */
export class EvidenceSessions {
  private readonly sessions = new Map<OrganisationId, EvidenceSession>();
  private readonly listeners = new Set<() => void>();

  /** Called after sessions were dropped; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private dropped(): void {
    for (const listener of this.listeners) listener();
  }

  /** The session of an organisation's library, made with `deps` if there is none. */
  get(organisationId: OrganisationId, deps: SessionDeps): EvidenceSession {
    let session = this.sessions.get(organisationId);
    if (!session) {
      session = new EvidenceSession(organisationId, deps);
      this.sessions.set(organisationId, session);
    }
    return session;
  }

  /** Drops every session but that of `organisationId` (null: all), e.g. on leaving it. */
  keepOnly(organisationId: OrganisationId | null): void {
    const before = this.sessions.size;
    for (const [id, session] of this.sessions) {
      if (id === organisationId) continue;
      session.dispose();
      this.sessions.delete(id);
    }
    if (this.sessions.size !== before) this.dropped();
  }

  /** Drops the session of `organisationId`, e.g. after an import wrote over its record. */
  drop(organisationId: OrganisationId): void {
    const session = this.sessions.get(organisationId);
    if (!session) return;
    session.dispose();
    this.sessions.delete(organisationId);
    this.dropped();
  }

  /** Drops every session, e.g. after a restore replaced what they had loaded. */
  reset(): void {
    this.keepOnly(null);
  }

  /** How many sessions are held (for tests). */
  get size(): number {
    return this.sessions.size;
  }
}

/** The page's sessions; the store drops them when they are no longer needed. */
export const evidenceSessions = new EvidenceSessions();

/** The session of an organisation's library from the page's sessions. */
export function evidenceSession(
  organisationId: OrganisationId,
  deps: SessionDeps,
): EvidenceSession {
  return evidenceSessions.get(organisationId, deps);
}
