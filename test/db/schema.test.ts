import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { RawRow, SchemaStep } from '../../src-renderer/db/schema-step';
import { SCHEMA_STEPS, knownSchemaVersion } from '../../src-renderer/db/migrations';
import { NewerSchemaError, StorageError, openFieldbookDb } from '../../src-renderer/db/index';
import { STORES_V1, TABLE_NAMES } from '../../src-renderer/db/schema';
import { DB_TEST_NAME, backend, openWorld, rawDexie } from './helpers';

interface DbFixture {
  readonly schemaVersion: number;
  readonly dexieVersion: number;
  readonly stores: Record<string, string>;
  readonly tables: Record<string, Record<string, unknown>[]>;
}

const V1: DbFixture = JSON.parse(
  readFileSync(new URL('../fixtures/db/v1.json', import.meta.url), 'utf8'),
) as DbFixture;

/** Writes a fixture into a fresh fake IndexedDB with raw Dexie at its own version and stores. */
async function installFixture(fixture: DbFixture, factory = new IDBFactory()): Promise<IDBFactory> {
  const raw = rawDexie(factory);
  raw.version(fixture.dexieVersion).stores(fixture.stores);
  await raw.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await raw.table(table).bulkPut(rows);
  raw.close();
  return factory;
}

/** Everything in the database, read without declaring a schema (so nothing can change it). */
async function snapshot(factory: IDBFactory): Promise<unknown> {
  const raw = rawDexie(factory);
  await raw.open();
  const tables: Record<string, unknown> = {};
  for (const t of raw.tables) tables[t.name] = await t.toArray();
  const result = { version: raw.verno, stores: raw.tables.map((t) => t.name).sort(), tables };
  raw.close();
  return result;
}

function rowsOf(fixture: DbFixture, table: string): Record<string, unknown>[] {
  return fixture.tables[table] ?? [];
}

/** A made-up version 2 for testing the mechanism: a new index and a new field on entries. */
const FAKE_V2: SchemaStep = {
  version: 2,
  describe: 'test: entries get a "flagged" field and an index on finalMark',
  stores: { entries: '&id, stageId, organisationId, finalMark' },
  rows: { entries: (row: RawRow): RawRow => ({ ...row, flagged: row.flagged === true }) },
};

describe('schema version 1', () => {
  it('is the version this build knows; a new database is stamped with it', async () => {
    // Code that knows no upgrade step is version-1 code; the default test world is the current
    // schema (test/evidence covers version 2, test/db/stage-marks.test.ts version 3).
    expect(knownSchemaVersion([])).toBe(1);
    const { db } = await openWorld({ upgrades: [] });
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 1 });
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    expect(db.verno).toBe(1);
    db.close();
  });

  it('the v1 fixture was written with the v1 stores, which are frozen', () => {
    expect(V1.schemaVersion).toBe(1);
    expect(V1.stores).toEqual(STORES_V1);
  });

  it('finds every row of the v1 fixture after reopening with the current code', async () => {
    const factory = await installFixture(V1);
    const { db, repo } = await openWorld({ factory, upgrades: SCHEMA_STEPS });
    for (const table of TABLE_NAMES) {
      const rows = rowsOf(V1, table);
      expect(await db.table(table).count()).toBe(rows.length);
      for (const row of rows) {
        const key = table === 'blobs' ? row.hash : table === 'meta' ? row.key : row.id;
        // The stamp follows the upgrade to the newest version; every other row is as written.
        const expected = table === 'meta' ? { ...row, value: knownSchemaVersion() } : row;
        expect(await db.table(table).get(key as string)).toEqual(expected);
      }
    }
    const portfolio = await repo.listPortfolio();
    expect(portfolio.map((r) => [r.organisation.id, r.archived, r.trashedAt !== null])).toEqual([
      ['org-in-trash', false, true],
      ['org-riverside', true, false],
    ]);
    expect(await repo.loadRecord('org-gone' as OrganisationId)).toBeNull();
    const record = await repo.loadRecord('org-riverside' as OrganisationId);
    expect(record?.organisation.contacts[0]?.name).toBe('Zoë Ní Bhriain');
    expect(record?.stages.map((s) => [s.id, s.entries.length])).toEqual([
      ['st-ria-ia', 57],
      ['st-ria-sv1', 57],
    ]);
    const ia = record?.stages[0];
    expect(ia?.dates.visit).toEqual({ kind: 'range', from: '2019-03-11', to: '2019-03-12' });
    expect(ia?.dates.secondDeskTopReview).toEqual({ kind: 'na' });
    expect(ia?.dates.analysisSentToCertifyingBody).toEqual({ kind: 'tbc' });
    expect(ia?.surveillance.category?.category).toBe('low');
    expect(ia?.entries[0]).toMatchObject({ finalMark: 'CP', dtrMark: 'F', verifiedOnSite: true });
    const log = await repo.listChanges({ organisationId: 'org-riverside' as OrganisationId });
    expect(log).toHaveLength(
      rowsOf(V1, 'changes').filter((c) => c.organisationId === 'org-riverside').length,
    );
    await repo.restoreFromTrash('org-in-trash' as OrganisationId);
    const receipt = await repo.updateEntry(
      'org-in-trash' as OrganisationId,
      'st-trash-ia' as StageId,
      '5.1.1' as ElementId,
      { keyQuestions: 'Who owns the standards now?' },
    );
    expect(receipt.revision).toBe(3);
    db.close();
  });
});

describe('upgrades', () => {
  it('runs a pure, idempotent step from the v1 fixture to v2, keeping all data', async () => {
    const up = FAKE_V2.rows.entries;
    const sample = rowsOf(V1, 'entries')[0] ?? {};
    expect(up?.(up(sample))).toEqual(up?.(sample));
    const factory = await installFixture(V1);
    const db = await openFieldbookDb({
      name: DB_TEST_NAME,
      ...backend(factory),
      upgrades: [FAKE_V2],
    });
    expect(db.verno).toBe(2);
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 2 });
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(rowsOf(V1, 'entries').length);
    expect(entries.every((e) => (e as unknown as RawRow).flagged === false)).toBe(true);
    expect(await db.entries.where('finalMark').equals('CP').count()).toBe(1);
    expect(await db.organisations.count()).toBe(rowsOf(V1, 'organisations').length);
    db.close();
    // The v1 code now meets a v2 database: refused, untouched.
    const before = await snapshot(factory);
    await expect(openWorld({ factory, upgrades: [] })).rejects.toBeInstanceOf(NewerSchemaError);
    expect(await snapshot(factory)).toEqual(before);
  });

  it('leaves version 1 and its data intact when a step fails', async () => {
    const factory = await installFixture(V1);
    const before = await snapshot(factory);
    const failing: SchemaStep = {
      ...FAKE_V2,
      rows: {
        entries: () => {
          throw new Error('step bug');
        },
      },
    };
    const open = openFieldbookDb({ name: DB_TEST_NAME, ...backend(factory), upgrades: [failing] });
    await expect(open).rejects.toBeInstanceOf(StorageError);
    expect(await snapshot(factory)).toEqual(before);
  });

  it('rejects a list of steps with a gap', () => {
    expect(() => knownSchemaVersion([{ ...FAKE_V2, version: 3 }])).toThrow(/expected 2/);
  });
});

describe('a newer schema', () => {
  it('is refused with NewerSchemaError and nothing is written (newer native version)', async () => {
    const factory = new IDBFactory();
    const raw = rawDexie(factory);
    // Version 3 dropped a table this code declares: opening it blindly would let Dexie add it back.
    const kept: Record<string, string> = { ...STORES_V1 };
    delete kept.documents;
    raw.version(3).stores({ ...kept, evidence: '&id, organisationId' });
    await raw.open();
    await raw.table('meta').put({ key: 'schemaVersion', value: 3 });
    await raw.table('organisations').put({ ...rowsOf(V1, 'organisations')[2], future: 'field' });
    raw.close();
    const before = await snapshot(factory);
    const opening = openWorld({ factory, upgrades: [] });
    await expect(opening).rejects.toMatchObject({
      kind: 'newer-schema',
      found: 3,
      known: 1,
      message:
        'This database was written by a newer CSE Fieldbook (schema 3); this version knows up to ' +
        '1. Update the app; nothing was changed.',
    });
    expect(await snapshot(factory)).toEqual(before);
  });

  it('is refused when only meta.schemaVersion says newer', async () => {
    const factory = await installFixture({
      ...V1,
      tables: { ...V1.tables, meta: [{ key: 'schemaVersion', value: 7 }] },
    });
    const before = await snapshot(factory);
    await expect(openWorld({ factory })).rejects.toMatchObject({ kind: 'newer-schema', found: 7 });
    expect(await snapshot(factory)).toEqual(before);
  });

  it('stamps an unstamped version 1 database on open', async () => {
    const factory = await installFixture({ ...V1, tables: { ...V1.tables, meta: [] } });
    const { db } = await openWorld({ factory, upgrades: [] });
    expect(await db.meta.get('schemaVersion')).toEqual({ key: 'schemaVersion', value: 1 });
    db.close();
  });
});
