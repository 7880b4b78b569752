// The floors the benchmarks (bench/) compare the app against: the bare Dexie calls doing the same
// storage work with none of the repository's logic. Loaded only by the benchmark page
// (bench/probe/probe.ts); the product build has none of it.
import { Dexie } from 'dexie';
import type { Table } from 'dexie';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import type { EntryRow } from '../../src-renderer/db/rows';
import { header } from '../../src-renderer/db/rows';
import { entryBody } from '../../src-renderer/db/row-convert';
import { STORES_V1 } from '../../src-renderer/db/schema';
import type { FieldbookDb } from '../../src-renderer/db/schema';

/** A separate database, so the floor never touches the assessor's data. */
export const BENCH_FLOOR_DB = 'cse-fieldbook-bench-floor';

type FloorDb = Dexie & { readonly entries: Table<EntryRow, string> };

let floor: Promise<FloorDb> | null = null;

/** Opens the floor database with the app's options (strict durability) and entries schema. */
function floorDb(): Promise<FloorDb> {
  floor ??= (async () => {
    const db = new Dexie(BENCH_FLOOR_DB, { chromeTransactionDurability: 'strict' }) as FloorDb;
    db.version(1).stores({ entries: STORES_V1.entries });
    await db.open();
    return db;
  })();
  return floor;
}

/** The stored row of one element entry of `record`, as the repository would write it. */
export function entryRowOf(
  record: AssessmentRecord,
  stageId: StageId,
  element: ElementId,
  at: string,
): EntryRow {
  const entry = record.stages
    .find((s) => s.id === stageId)
    ?.entries.find((e) => e.element === element);
  if (!entry) throw new Error(`no entry ${element} in stage ${stageId}`);
  return { ...entryBody(entry, record.organisation.id, stageId), ...header(at) };
}

/** Milliseconds of one bare `put` of `row` in its own strict transaction, to commit. */
export async function bareEntryPut(row: EntryRow): Promise<number> {
  const db = await floorDb();
  const start = performance.now();
  await db.entries.put(row);
  return performance.now() - start;
}

/**
 * Milliseconds of a bare read of the rows `listPortfolio` reads: every organisation, stage and
 * stage-marks row, in one read transaction.
 */
export async function bareReadPortfolio(
  db: FieldbookDb,
): Promise<{ readonly ms: number; readonly rows: number }> {
  const start = performance.now();
  const tables = [db.organisations, db.stages, db.stageMarks];
  const rows = await db.transaction('r', tables, async () => {
    const [orgs, stages, marks] = await Promise.all([
      db.organisations.toArray(),
      db.stages.toArray(),
      db.stageMarks.toArray(),
    ]);
    return orgs.length + stages.length + marks.length;
  });
  return { ms: performance.now() - start, rows };
}

/**
 * Milliseconds of a bare read of the current stages' entry rows (`anyOf`): what the portfolio
 * would read without the stage-marks index, reported beside it for context.
 */
export async function bareReadEntries(
  db: FieldbookDb,
  stageIds: readonly string[],
): Promise<{ readonly ms: number; readonly rows: number }> {
  const start = performance.now();
  const rows = await db.transaction('r', [db.entries], async () => {
    return (await db.entries.where('stageId').anyOf(stageIds).toArray()).length;
  });
  return { ms: performance.now() - start, rows };
}

/** Milliseconds of a bare read of one organisation's rows (what `loadRecord` reads). */
export async function bareReadRecord(
  db: FieldbookDb,
  id: OrganisationId,
): Promise<{ readonly ms: number; readonly rows: number }> {
  const start = performance.now();
  const rows = await db.transaction('r', [db.organisations, db.stages, db.entries], async () => {
    const org = await db.organisations.get(id);
    const stages = await db.stages.where('organisationId').equals(id).toArray();
    const entries = await db.entries.where('organisationId').equals(id).toArray();
    return (org ? 1 : 0) + stages.length + entries.length;
  });
  return { ms: performance.now() - start, rows };
}
