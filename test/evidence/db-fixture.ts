// Test support for the evidence storage: fake-IndexedDB worlds at the current schema, and the
// database fixtures (blobs are stored in JSON as `{ "$base64": "…" }`).
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { SCHEMA_STEPS } from '../../src-renderer/db/migrations';
import { backend, openWorld, rawDexie } from '../db/helpers';
import type { TestWorld } from '../db/helpers';

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

/** A world at the schema this build writes (the db tests' default world stays at version 1). */
export function openCurrentWorld(
  options: { factory?: IDBFactory; newId?: () => string } = {},
): Promise<TestWorld> {
  return openWorld({ ...options, upgrades: SCHEMA_STEPS });
}

export { backend };
