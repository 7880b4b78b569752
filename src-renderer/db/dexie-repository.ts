import type { RepositoryContext } from './context';
import { addStage, createRecord, replaceRecord } from './record-writes';
import { updateEntry, updateOrganisation, updateStage } from './edits';
import { guarded } from './errors';
import { signOffStage, withdrawSignOff } from './sign-off';
import { loadReportTemplate, saveReportTemplate } from './report-template-store';
import { removeStage } from './stage-removal';
import { loadSettings, saveSettings } from './settings';
import { listChanges, listPortfolio, loadRecord } from './reads';
import type { FieldbookRepository } from './repository';
import type { FieldbookDb } from './schema';
import { keepRecovery, listRecovery, removeRecovery } from './recovery';
import { loadSigningKey, saveSigningKey } from './signing-keys';
import { emptyTrash, moveToTrash, restoreFromTrash, setArchived } from './trash';
import { addLink, removeLink, updateLink } from './evidence-links';
import { loadEvidence, loadFile, loadLibrary, loadTexts } from './evidence-reads';
import {
  addDocument,
  deleteDocument,
  restoreDocument,
  saveSuggestions,
  trashDocument,
  updateDocument,
} from './evidence-writes';

/** The world the repository needs, injected so that tests control time and ids. */
export interface RepositoryDeps {
  /** The current instant, ISO 8601 (e.g. `() => new Date().toISOString()`). */
  readonly now: () => string;
  /** A new globally unique id (e.g. `() => crypto.randomUUID()`). */
  readonly newId: () => string;
}

/**
 * The repository over an open database (see `openFieldbookDb`). Every method awaits its
 * transaction, so a resolved promise means committed, and rejects only with `StorageError`.
 */
export function createRepository(db: FieldbookDb, deps: RepositoryDeps): FieldbookRepository {
  const ctx: RepositoryContext = { db, now: deps.now, newId: deps.newId };
  return {
    listPortfolio: () => guarded(() => listPortfolio(ctx)),
    loadRecord: (id) => guarded(() => loadRecord(ctx, id)),
    createRecord: (record) => guarded(() => createRecord(ctx, record)),
    replaceRecord: (record) => guarded(() => replaceRecord(ctx, record)),
    updateOrganisation: (id, patch) => guarded(() => updateOrganisation(ctx, id, patch)),
    updateStage: (organisationId, stageId, patch) =>
      guarded(() => updateStage(ctx, organisationId, stageId, patch)),
    updateEntry: (organisationId, stageId, element, patch) =>
      guarded(() => updateEntry(ctx, organisationId, stageId, element, patch)),
    addStage: (organisationId, stage) => guarded(() => addStage(ctx, organisationId, stage)),
    removeStage: (organisationId, stageId) =>
      guarded(() => removeStage(ctx, organisationId, stageId)),
    setArchived: (id, archived) => guarded(() => setArchived(ctx, id, archived)),
    moveToTrash: (id) => guarded(() => moveToTrash(ctx, id)),
    restoreFromTrash: (id) => guarded(() => restoreFromTrash(ctx, id)),
    emptyTrash: () => guarded(() => emptyTrash(ctx)),
    listChanges: (filter) => guarded(() => listChanges(ctx, filter)),
    loadReportTemplate: () => guarded(() => loadReportTemplate(ctx)),
    saveReportTemplate: (template) => guarded(() => saveReportTemplate(ctx, template)),
    loadSettings: () => guarded(() => loadSettings(ctx)),
    saveSettings: (settings) => guarded(() => saveSettings(ctx, settings)),
    signOffStage: (organisationId, stageId, signOff) =>
      guarded(() => signOffStage(ctx, organisationId, stageId, signOff)),
    withdrawSignOff: (organisationId, stageId, reason) =>
      guarded(() => withdrawSignOff(ctx, organisationId, stageId, reason)),
    loadLibrary: (organisationId) => guarded(() => loadLibrary(ctx, organisationId)),
    loadEvidence: (organisationId) => guarded(() => loadEvidence(ctx, organisationId)),
    loadTexts: (hashes) => guarded(() => loadTexts(ctx, hashes)),
    loadFile: (hash) => guarded(() => loadFile(ctx, hash)),
    addDocument: (organisationId, input) => guarded(() => addDocument(ctx, organisationId, input)),
    updateDocument: (organisationId, documentId, patch) =>
      guarded(() => updateDocument(ctx, organisationId, documentId, patch)),
    trashDocument: (organisationId, documentId) =>
      guarded(() => trashDocument(ctx, organisationId, documentId)),
    restoreDocument: (organisationId, documentId) =>
      guarded(() => restoreDocument(ctx, organisationId, documentId)),
    deleteDocument: (organisationId, documentId) =>
      guarded(() => deleteDocument(ctx, organisationId, documentId)),
    saveSuggestions: (hash, suggestions, version) =>
      guarded(() => saveSuggestions(ctx, hash, suggestions, version)),
    addLink: (organisationId, link) => guarded(() => addLink(ctx, organisationId, link)),
    updateLink: (organisationId, linkId, patch) =>
      guarded(() => updateLink(ctx, organisationId, linkId, patch)),
    removeLink: (organisationId, linkId) => guarded(() => removeLink(ctx, organisationId, linkId)),
    keepRecovery: (item) => guarded(() => keepRecovery(ctx, item)),
    listRecovery: () => guarded(() => listRecovery(ctx)),
    removeRecovery: (id) => guarded(() => removeRecovery(ctx, id)),
    loadSigningKey: () => guarded(() => loadSigningKey(ctx)),
    saveSigningKey: (key) => guarded(() => saveSigningKey(ctx, key)),
  };
}
