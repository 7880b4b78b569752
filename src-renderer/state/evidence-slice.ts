// The evidence libraries on screen: loading them, their search index, adding documents (read by
// the extraction worker), and the assessor's actions through the repository. Shared by the
// library screen and the workbook's element cards; kept while their organisation is on screen
// (evidence-lifecycle.ts) and dropped when a stored record is written over (import-slice.ts).
import type { StoreApi } from 'zustand/vanilla';
import type { DocumentId } from '../../shared/evidence/types';
import type { OrganisationId } from '../../shared/types/ids';
import type { StoredDocument } from '../db/index';
import { addDocuments } from '../services/evidence/add-documents';
import { newLink, saveOriginalFile, suggestedPassage } from '../services/evidence/library-actions';
import type { LibraryResources } from '../services/evidence/library-resources';
import { readLibrary } from '../services/evidence/library-resources';
import { problemText } from '../services/evidence/problem-text';
import { refreshSuggestions } from '../services/evidence/refresh-suggestions';
import type { AppDeps, AppState } from './app-state';
import { LibraryHolder } from './library-holder';
import type { EvidenceActions, EvidenceSlice } from './slice-types/evidence';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** What the evidence slice's action creators share. */
interface EvidenceContext {
  readonly deps: AppDeps;
  readonly libraries: LibraryHolder;
  /** The organisation's document with this id, if its library has it. */
  readonly find: (organisationId: OrganisationId, id: DocumentId) => StoredDocument | undefined;
  /** Loads the library again, unless it was dropped since `resources` were its own. */
  readonly reload: (organisationId: OrganisationId, resources: LibraryResources) => Promise<void>;
  /** Runs a repository action, reloads, and records its failure in words. */
  readonly act: (
    organisationId: OrganisationId,
    action: () => Promise<unknown>,
  ) => Promise<boolean>;
}

/** Reads the library, then indexes it and refreshes stale suggestions; failures are shown. */
async function readInto(
  { deps, libraries }: Pick<EvidenceContext, 'deps' | 'libraries'>,
  organisationId: OrganisationId,
  resources: LibraryResources,
): Promise<void> {
  try {
    const read = await readLibrary(deps.repository, organisationId, resources.texts);
    libraries.patch(organisationId, resources, { status: 'ready', error: null, ...read });
    await resources.index.sync(read.documents, resources.texts);
    const refreshed = await refreshSuggestions(deps.repository, read.documents, resources.texts);
    if (refreshed.size > 0) {
      libraries.patch(organisationId, resources, (s) => ({
        suggestions: new Map([...s.suggestions, ...refreshed]),
      }));
    }
  } catch (error) {
    libraries.patch(organisationId, resources, { status: 'failed', error: problemText(error) });
  }
}

/** Loads (or reloads) a library; concurrent calls share one load. */
function loadLibrary(
  c: Pick<EvidenceContext, 'deps' | 'libraries'>,
  organisationId: OrganisationId,
): Promise<void> {
  const resources = c.libraries.resources(organisationId);
  resources.loading ??= readInto(c, organisationId, resources).finally(() => {
    resources.loading = null;
  });
  return resources.loading;
}

/** Loading a library, its texts and its search index, and asking for a passage to be shown. */
function readingActions(
  c: EvidenceContext,
): Pick<EvidenceActions, 'load' | 'text' | 'ensureIndex' | 'search' | 'focus'> {
  const { deps, libraries } = c;
  return {
    load: (organisationId) => loadLibrary(c, organisationId),

    async text(organisationId, documentId) {
      const document = c.find(organisationId, documentId);
      if (!document) return null;
      return libraries.resources(organisationId).text(deps.repository, document);
    },

    async ensureIndex(organisationId) {
      const resources = libraries.resources(organisationId);
      if (libraries.current(organisationId).index === 'none')
        libraries.patch(organisationId, resources, { index: 'building' });
      await resources.index.build(
        () => libraries.current(organisationId).documents,
        resources.texts,
      );
      if (libraries.current(organisationId).index !== 'ready')
        libraries.patch(organisationId, resources, { index: 'ready' });
    },

    search(organisationId, query, limit = 50) {
      const live = new Set(
        libraries
          .current(organisationId)
          .documents.filter((d) => d.document.trashedAt === null)
          .map((d) => d.document.id),
      );
      return libraries.resources(organisationId).index.search(query, live, limit);
    },

    focus(organisationId, documentId, passage) {
      const resources = libraries.resources(organisationId);
      libraries.patch(organisationId, resources, { focus: { documentId, passage } });
    },
  };
}

/** Adding files as jobs, and what the library says about them and about bundles. */
function addingActions(
  c: EvidenceContext,
): Pick<EvidenceActions, 'addFiles' | 'notify' | 'clearJobs'> {
  const { deps, libraries } = c;
  return {
    async addFiles(organisationId, files, defaults) {
      const resources = libraries.resources(organisationId);
      const added = await addDocuments(
        {
          organisationId,
          repository: deps.repository,
          extractor: resources.extractor,
          now: deps.now,
          newId: deps.newId,
          documents: () => libraries.current(organisationId).documents,
          jobs: () => libraries.current(organisationId).jobs,
          setJobs: (jobs) => libraries.patch(organisationId, resources, { jobs }),
        },
        files,
        defaults,
      );
      await c.reload(organisationId, resources);
      return added;
    },

    notify(organisationId, notice) {
      const resources = libraries.resources(organisationId);
      libraries.patch(organisationId, resources, { notice: notice === '' ? null : notice });
    },

    clearJobs(organisationId) {
      const resources = libraries.resources(organisationId);
      libraries.patch(organisationId, resources, (s) => ({
        jobs: s.jobs.filter((j) => j.state === 'reading' || j.state === 'saving'),
      }));
    },
  };
}

/** A document's details, its place (library, trash, gone), its file, and its suggestions. */
function documentActions(
  c: EvidenceContext,
): Pick<
  EvidenceActions,
  'updateDocument' | 'trash' | 'restore' | 'delete' | 'reject' | 'saveOriginal'
> {
  const { repository } = c.deps;
  const slice: ReturnType<typeof documentActions> = {
    updateDocument: (organisationId, documentId, patch) =>
      c.act(organisationId, () => repository.updateDocument(organisationId, documentId, patch)),
    trash: (organisationId, documentId) =>
      c.act(organisationId, () => repository.trashDocument(organisationId, documentId)),
    restore: (organisationId, documentId) =>
      c.act(organisationId, () => repository.restoreDocument(organisationId, documentId)),
    delete: (organisationId, documentId) =>
      c.act(organisationId, () => repository.deleteDocument(organisationId, documentId)),

    reject(organisationId, documentId, element) {
      const document = c.find(organisationId, documentId);
      if (!document) return Promise.resolve(false);
      const rejectedSuggestions = [...document.document.rejectedSuggestions, element];
      return slice.updateDocument(organisationId, documentId, { rejectedSuggestions });
    },

    saveOriginal(organisationId, documentId) {
      const document = c.find(organisationId, documentId);
      if (!document) return Promise.resolve(false);
      return c.act(organisationId, () => saveOriginalFile(c.deps, document));
    },
  };
  return slice;
}

/** Links between documents and elements; accepting a suggestion makes one. */
function linkActions(
  c: EvidenceContext,
  text: EvidenceActions['text'],
): Pick<EvidenceActions, 'link' | 'unlink' | 'updateLinkNote' | 'accept'> {
  const { deps } = c;
  const slice: ReturnType<typeof linkActions> = {
    link: (organisationId, input) =>
      c.act(organisationId, () => deps.repository.addLink(organisationId, newLink(input, deps))),
    unlink: (organisationId, linkId) =>
      c.act(organisationId, () => deps.repository.removeLink(organisationId, linkId)),
    updateLinkNote: (organisationId, linkId, note) =>
      c.act(organisationId, () => deps.repository.updateLink(organisationId, linkId, { note })),

    async accept(organisationId, documentId, stageId, suggestion) {
      const passage = suggestedPassage(await text(organisationId, documentId), suggestion);
      const element = suggestion.element;
      return slice.link(organisationId, { documentId, stageId, element, passage, note: '' });
    },
  };
  return slice;
}

/** The evidence slice: the libraries in use, and the actions on them. */
export function createEvidenceSlice(set: Set, get: Get, deps: AppDeps): EvidenceSlice {
  const libraries = new LibraryHolder(set, get, deps.createExtractWorker);
  const context: EvidenceContext = {
    deps,
    libraries,
    find: (organisationId, id) =>
      libraries.current(organisationId).documents.find((d) => d.document.id === id),
    reload: (organisationId, resources) =>
      libraries.holds(organisationId, resources)
        ? loadLibrary(context, organisationId)
        : Promise.resolve(),
    async act(organisationId, action) {
      const resources = libraries.resources(organisationId);
      try {
        await action();
        libraries.patch(organisationId, resources, { problem: null });
        await context.reload(organisationId, resources);
        return true;
      } catch (error) {
        libraries.patch(organisationId, resources, { problem: problemText(error) });
        return false;
      }
    },
  };
  const reading = readingActions(context);
  const evidence: EvidenceActions = {
    ...reading,
    ...addingActions(context),
    ...documentActions(context),
    ...linkActions(context, reading.text),
    keepOnly: (organisationId) => libraries.dropWhere((id) => id !== organisationId),
    drop: (organisationId) => libraries.dropWhere((id) => id === organisationId),
  };
  return { libraries: {}, evidence };
}
