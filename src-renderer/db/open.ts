import { Dexie, type DexieOptions } from 'dexie';
import { NewerSchemaError, classifyStorageError } from './errors';
import { SCHEMA_STEPS, applyStep, declareSchema, knownSchemaVersion } from './migrations';
import type { SchemaStep } from './schema-step';
import { DB_NAME, SCHEMA_VERSION_KEY, type FieldbookDb } from './schema';

export interface OpenFieldbookOptions {
  /** Database name; the app uses the default, tests give each database its own. */
  readonly name?: string;
  /** An IndexedDB implementation (`IDBFactory`); tests pass fake-indexeddb's. */
  readonly indexedDB?: NonNullable<DexieOptions['indexedDB']>;
  /** `IDBKeyRange` of that implementation. */
  readonly IDBKeyRange?: NonNullable<DexieOptions['IDBKeyRange']>;
  /** The schema upgrades to know; tests only. Defaults to `SCHEMA_STEPS`. */
  readonly upgrades?: readonly SchemaStep[];
}

type Backend = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

function backendOf(options: OpenFieldbookOptions): Backend {
  // Only set what was given: an explicit `undefined` would hide Dexie's defaults.
  return {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  };
}

function versionOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * The schema version of an existing database, read without declaring any schema (so Dexie
 * cannot add or upgrade anything), or null when there is no such database.
 */
async function installedVersion(name: string, backend: Backend): Promise<number | null> {
  const probe = new Dexie(name, backend);
  try {
    await probe.open();
  } catch (e) {
    if ((e as { name?: unknown } | null)?.name === 'NoSuchDatabaseError') return null;
    throw e;
  }
  try {
    const hasMeta = probe.tables.some((t) => t.name === 'meta');
    const row: unknown = hasMeta ? await probe.table('meta').get(SCHEMA_VERSION_KEY) : undefined;
    const stamped = versionOf((row as { value?: unknown } | undefined)?.value);
    // Dexie stores version n as native version 10n.
    return stamped ?? Math.floor(probe.verno);
  } finally {
    probe.close();
  }
}

/**
 * Makes `meta.schemaVersion` agree with this build after Dexie has opened the database: refuses
 * a newer stamp (written between the probe and the open), and re-runs the idempotent steps the
 * stamp says are missing. Writes nothing when the stamp is current.
 */
async function settleSchemaVersion(
  db: FieldbookDb,
  steps: readonly SchemaStep[],
  known: number,
): Promise<void> {
  await db.transaction('rw', db.tables, async (tx) => {
    const current = versionOf((await db.meta.get(SCHEMA_VERSION_KEY))?.value);
    // Every database this code creates is stamped; an unstamped one predates stamping: v1.
    const stamped = current ?? 1;
    if (stamped > known) throw new NewerSchemaError(stamped, known);
    for (const step of steps) {
      if (step.version > stamped) await applyStep(tx, step);
    }
    if (current === null) await db.meta.put({ key: SCHEMA_VERSION_KEY, value: known });
  });
}

/**
 * Opens (creating or upgrading as needed) the fieldbook database with strict durability, so a
 * resolved write is on disk. Rejects with `NewerSchemaError` — having written nothing — when a
 * newer CSE Fieldbook wrote the data, and with a `StorageError` for anything else.
 */
export async function openFieldbookDb(options: OpenFieldbookOptions = {}): Promise<FieldbookDb> {
  const name = options.name ?? DB_NAME;
  const steps = options.upgrades ?? SCHEMA_STEPS;
  const known = knownSchemaVersion(steps);
  const backend = backendOf(options);
  try {
    const installed = await installedVersion(name, backend);
    if (installed !== null && installed > known) throw new NewerSchemaError(installed, known);
  } catch (e) {
    throw classifyStorageError(e);
  }
  const db = new Dexie(name, { ...backend, chromeTransactionDurability: 'strict' }) as FieldbookDb;
  declareSchema(db, steps);
  try {
    await db.open();
    await settleSchemaVersion(db, steps, known);
  } catch (e) {
    db.close();
    throw classifyStorageError(e);
  }
  return db;
}
