// Test support for the storage fixtures: reading, installing and writing the frozen databases of
// test/fixtures/db/ (blobs are stored in JSON as `{ "$base64": "…" }`).
import { readFileSync, writeFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { backend, rawDexie } from '../db/helpers';

export interface DbFixture {
  readonly description: string;
  readonly schemaVersion: number;
  readonly dexieVersion: number;
  readonly stores: Record<string, string>;
  readonly tables: Record<string, Record<string, unknown>[]>;
}

export function readDbFixture(name: string): DbFixture {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/db/${name}`, import.meta.url), 'utf8'),
  ) as DbFixture;
}

/** A stored value as JSON: ArrayBuffers (blob bytes) as base64. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { $base64: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** The inverse of `toJsonValue`. */
export function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$base64 === 'string' && Object.keys(record).length === 1) {
      const bytes = Buffer.from(record.$base64, 'base64');
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromJsonValue(v)]));
  }
  return value;
}

/** Writes a fixture into a fresh fake IndexedDB with raw Dexie at its own version and stores. */
export async function installFixture(
  fixture: DbFixture,
  factory = new IDBFactory(),
): Promise<IDBFactory> {
  const raw = rawDexie(factory);
  raw.version(fixture.dexieVersion).stores(fixture.stores);
  await raw.open();
  for (const [table, rows] of Object.entries(fixture.tables)) {
    await raw.table(table).bulkPut(rows.map((r) => fromJsonValue(r)));
  }
  raw.close();
  return factory;
}

/**
 * Dumps every table of the database in `factory` raw into test/fixtures/db/`name`, described as
 * written at `schemaVersion` with `stores` (the fixture-making scripts; fixtures are then frozen).
 */
export async function writeDbFixture(
  factory: IDBFactory,
  name: string,
  meta: { description: string; schemaVersion: number; stores: Record<string, string | null> },
): Promise<void> {
  const raw = rawDexie(factory);
  await raw.open();
  const tables: Record<string, unknown> = {};
  for (const table of raw.tables) tables[table.name] = toJsonValue(await table.toArray());
  raw.close();
  const { description, schemaVersion, stores } = meta;
  const fixture = { description, schemaVersion, dexieVersion: schemaVersion, stores, tables };
  writeFileSync(
    new URL(`../fixtures/db/${name}`, import.meta.url),
    `${JSON.stringify(fixture, null, 1)}\n`,
  );
  console.log(`wrote test/fixtures/db/${name}`);
}

export { backend };
