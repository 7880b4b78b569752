// The storage layer's public surface: the contract (repository.ts) and what implements it. The
// rest of the renderer imports db/ through here; modules inside db/ import each other directly.
export type {
  ChangeLogEntry,
  EntryPatch,
  FieldbookRepository,
  OrganisationPatch,
  PortfolioRow,
  StagePatch,
  StageRemoval,
} from './repository';
export type {
  AddDocumentOutcome,
  DocumentPatch,
  EvidenceRepository,
  LinkPatch,
  NewDocument,
  StoredDocument,
  StoredLibrary,
} from './evidence-repository';
export type { DocumentTextRow } from './evidence-rows';
export type { RecoveryItem, RecoveryTarget } from './repository';
export type { SaveReceipt } from './receipt';
export { createRepository } from './dexie-repository';
export type { RepositoryDeps } from './dexie-repository';
export { openFieldbookDb } from './open';
export type { OpenFieldbookOptions } from './open';
export { NewerSchemaError, StorageError, classifyStorageError, isPermanentRefusal } from './errors';
export type { StorageErrorKind } from './errors';
export { requestPersistentStorage } from './persist';
export type { PersistenceReport, StorageManagerLike } from './persist';
export type { FieldbookDb } from './schema';
export { DB_NAME } from './schema';
