import { StorageError } from './errors';
import type { OrganisationRow, StageRow } from './rows';
import type { FieldbookDb } from './schema';

/** What the repository's operations share: the database and the injected world. */
export interface RepositoryContext {
  readonly db: FieldbookDb;
  /** The current instant, ISO 8601 (e.g. `new Date().toISOString()`). */
  readonly now: () => string;
  /** A new globally unique id (e.g. `crypto.randomUUID()`). */
  readonly newId: () => string;
}

/** The organisation row, or `not-found`; tombstones are `read-only`. Call inside a transaction. */
export async function liveOrganisation(db: FieldbookDb, id: string): Promise<OrganisationRow> {
  const row = await db.organisations.get(id);
  if (!row) throw new StorageError('not-found');
  if (row.deleted) throw new StorageError('read-only');
  return row;
}

/** The organisation row if it may be edited: not in the trash, not a tombstone. */
export async function writableOrganisation(db: FieldbookDb, id: string): Promise<OrganisationRow> {
  const row = await liveOrganisation(db, id);
  if (row.trashedAt !== null) throw new StorageError('read-only');
  return row;
}

/**
 * A live stage of an organisation that may be edited (see `writableOrganisation`), or
 * `not-found` for a stage the organisation does not have. Call inside a transaction.
 */
export async function writableStage(
  db: FieldbookDb,
  organisationId: string,
  stageId: string,
): Promise<StageRow> {
  await writableOrganisation(db, organisationId);
  const row = await db.stages.get(stageId);
  if (!row || row.deleted || row.organisationId !== organisationId) {
    throw new StorageError('not-found');
  }
  return row;
}
