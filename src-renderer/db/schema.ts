import type { Dexie, Table } from 'dexie';
import type { StoredSigningKey } from '../../shared/signoff/signing-key';
import type { DocumentRow, DocumentTextRow, LinkRow } from './evidence-rows';
import type { RecoveryItem } from './repository';
import type { StageMarksRow } from './stage-marks-row';
import type { BlobRow, ChangeRow, EntryRow, MetaRow, OrganisationRow, StageRow } from './rows';

/** The production database name (IndexedDB is keyed by origin and this name). */
export const DB_NAME = 'cse-fieldbook';

/** The `meta` key holding the schema version the data was last written with. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export const TABLE_NAMES = [
  'organisations',
  'stages',
  'entries',
  'changes',
  'documents',
  'blobs',
  'meta',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * Schema version 1. Ids are client-made strings, never auto-increment. Frozen: a later version
 * declares only its differences in a `SchemaStep` (migrations.ts), and test/fixtures/db/v1.json
 * holds data written at this version.
 */
export const STORES_V1: Readonly<Record<TableName, string>> = {
  organisations: '&id',
  stages: '&id, organisationId',
  entries: '&id, stageId, organisationId',
  changes: '&id, organisationId, [entity+entityId], at',
  documents: '&id, organisationId, contentHash',
  blobs: '&hash',
  meta: '&key',
};

/** Tables schema version 2 adds for the evidence library (see schema-v2.ts). */
export const EVIDENCE_TABLE_NAMES = ['documentTexts', 'evidenceLinks'] as const;

/** The Dexie database of CSE Fieldbook, with typed tables. */
export type FieldbookDb = Dexie & {
  readonly organisations: Table<OrganisationRow, string>;
  readonly stages: Table<StageRow, string>;
  readonly entries: Table<EntryRow, string>;
  readonly changes: Table<ChangeRow, string>;
  readonly documents: Table<DocumentRow, string>;
  readonly blobs: Table<BlobRow, string>;
  readonly meta: Table<MetaRow, string>;
  /** Schema 2: extracted text and suggestions by content hash. */
  readonly documentTexts: Table<DocumentTextRow, string>;
  /** Schema 2: links from documents to elements. */
  readonly evidenceLinks: Table<LinkRow, string>;
  /** Schema 3: each stage's marks in one row, an index kept in step with `entries`. */
  readonly stageMarks: Table<StageMarksRow, string>;
  /** Schema 4: edits refused for good, kept with their text for the assessor. */
  readonly recovery: Table<RecoveryItem, string>;
  /** Schema 4: the assessor's signing key, its private half encrypted. */
  readonly signingKeys: Table<StoredSigningKey, string>;
};

/** True when the database has the schema-4 tables (tests may open older schemas). */
export function hasSchema4Tables(db: FieldbookDb): boolean {
  return db.tables.some((t) => t.name === 'recovery');
}
