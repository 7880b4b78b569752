import type { RepositoryContext } from './context';
import { addStage, createRecord, replaceRecord } from './record-writes';
import { updateEntry, updateOrganisation, updateStage } from './edits';
import { guarded } from './errors';
import { listChanges, listPortfolio, loadRecord } from './reads';
import type { FieldbookRepository } from './repository';
import type { FieldbookDb } from './schema';
import { emptyTrash, moveToTrash, restoreFromTrash, setArchived } from './trash';

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
    setArchived: (id, archived) => guarded(() => setArchived(ctx, id, archived)),
    moveToTrash: (id) => guarded(() => moveToTrash(ctx, id)),
    restoreFromTrash: (id) => guarded(() => restoreFromTrash(ctx, id)),
    emptyTrash: () => guarded(() => emptyTrash(ctx)),
    listChanges: (filter) => guarded(() => listChanges(ctx, filter)),
  };
}
