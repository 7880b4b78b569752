// Test support for the storage layer: a fresh fake IndexedDB per test, a clock and ids.
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readExchangeText } from '../../shared/exchange/read';
import type { AssessmentRecord } from '../../shared/types/record';
import { createRepository, openFieldbookDb } from '../../src-renderer/db/index';
import type { FieldbookDb, FieldbookRepository } from '../../src-renderer/db/index';
import { SCHEMA_STEPS } from '../../src-renderer/db/migrations';
import type { SchemaStep } from '../../src-renderer/db/schema-step';

export interface TestWorld {
  readonly factory: IDBFactory;
  readonly db: FieldbookDb;
  readonly repo: FieldbookRepository;
  readonly clock: Clock;
  /** Opens the same fake IndexedDB again (after `db.close()`). */
  readonly reopen: () => Promise<FieldbookDb>;
}

/** A clock that moves one second per reading, from 2026-01-01T09:00:00.000Z. */
export class Clock {
  private tick = 0;
  readonly now = (): string => new Date(Date.UTC(2026, 0, 1, 9, 0, this.tick++)).toISOString();
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(5, '0')}`;
}

export const DB_TEST_NAME = 'cse-fieldbook-test';

export function backend(factory: IDBFactory): {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
} {
  return { indexedDB: factory, IDBKeyRange };
}

export async function openWorld(
  options: { factory?: IDBFactory; newId?: () => string; upgrades?: readonly SchemaStep[] } = {},
): Promise<TestWorld> {
  const factory = options.factory ?? new IDBFactory();
  const open = (): Promise<FieldbookDb> =>
    openFieldbookDb({
      name: DB_TEST_NAME,
      ...backend(factory),
      upgrades: options.upgrades ?? SCHEMA_STEPS,
    });
  const db = await open();
  const clock = new Clock();
  const repo = createRepository(db, { now: clock.now, newId: options.newId ?? sequentialIds() });
  return { factory, db, repo, clock, reopen: open };
}

/** A raw Dexie on the same fake IndexedDB at a declared schema, for writing fixtures. */
export function rawDexie(factory: IDBFactory, name = DB_TEST_NAME): Dexie {
  return new Dexie(name, backend(factory));
}

export function sampleRecord(): AssessmentRecord {
  const text = readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8');
  const read = readExchangeText(text);
  if (!read.ok) throw new Error(`sample record does not read: ${JSON.stringify(read.errors)}`);
  return read.value.record;
}
