// The stage-marks index (schema 3): one row per stage holding each element's DTR mark, final mark
// and verified-on-site flag, copied from the entry rows in the same transaction that writes them.
//
// Why: the portfolio scores every organisation's current stage, and reading the entry rows for that
// means reading all of their evidence text (0.6 MB per stage at realistic size, 5 MB at stress size):
// 0.6 s for 50 organisations and 5.8 s for 500 (bench/README.md). This row is ~2 KB.
//
// Contract: it is an index, not data. It holds copies of what the assessor entered (no verdict,
// tally or other computed value), is never synced or exported, and can always be rebuilt from the
// entry rows (`stageMarksFromEntries`), which the schema-3 upgrade does. Entry writes keep it in
// step inside their own transaction; a stage without a row is read from its entries instead.
import type { ElementId } from '../../shared/types/ids';
import type { Stage } from '../../shared/types/record';
import type { FieldbookDb } from './schema';
import type { EntryRow } from './rows';
import type { ElementMarks, StageMarksRow } from './stage-marks-row';

/** The entry fields the index copies; a write that changes none of them leaves it alone. */
export const MARK_FIELDS = ['dtrMark', 'finalMark', 'verifiedOnSite'] as const;

/** The Dexie stores declaration of the table. */
export const STAGE_MARKS_STORES = { stageMarks: '&id, organisationId' } as const;

/** What the index reads of an entry row: never its texts. */
export type EntryMarksSource = Pick<
  EntryRow,
  'stageId' | 'organisationId' | 'element' | 'updatedAt' | 'deleted' | (typeof MARK_FIELDS)[number]
>;

/** The part of an entry row the index reads, so a row's texts need not be kept alive. */
export function marksSourceOf(row: EntryMarksSource): EntryMarksSource {
  return {
    stageId: row.stageId,
    organisationId: row.organisationId,
    element: row.element,
    updatedAt: row.updatedAt,
    deleted: row.deleted,
    dtrMark: row.dtrMark,
    finalMark: row.finalMark,
    verifiedOnSite: row.verifiedOnSite,
  };
}

function marksOf(row: EntryMarksSource): ElementMarks {
  return {
    element: row.element,
    dtrMark: row.dtrMark,
    finalMark: row.finalMark,
    verifiedOnSite: row.verifiedOnSite,
  };
}

function later(a: string, b: string): string {
  return b > a ? b : a;
}

/**
 * `row` with the marks of `entries` (all of its stage) put in: an entry replaces the element's
 * marks, a tombstoned entry removes them. Pure.
 */
export function withEntryMarks(
  row: StageMarksRow,
  entries: readonly EntryMarksSource[],
): StageMarksRow {
  const byElement = new Map(row.marks.map((m) => [m.element, m]));
  let updatedAt = row.updatedAt;
  for (const entry of entries) {
    if (entry.deleted) byElement.delete(entry.element);
    else byElement.set(entry.element, marksOf(entry));
    updatedAt = later(updatedAt, entry.updatedAt);
  }
  return { ...row, updatedAt, marks: [...byElement.values()] };
}

function byStage<R extends { readonly stageId: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.stageId);
    if (group) group.push(row);
    else groups.set(row.stageId, [row]);
  }
  return groups;
}

/** The index rows of every stage `entries` belong to, built from those entries alone. Pure. */
export function stageMarksFromEntries(entries: readonly EntryMarksSource[]): StageMarksRow[] {
  return [...byStage(entries)].map(([stageId, group]) =>
    withEntryMarks(
      { id: stageId, organisationId: group[0]?.organisationId ?? '', updatedAt: '', marks: [] },
      group,
    ),
  );
}

/** `stage` (entries in catalogue order) with each entry's marks taken from the index row. Pure. */
export function stageWithMarks(stage: Stage, row: StageMarksRow): Stage {
  const byElement = new Map(row.marks.map((m) => [m.element, m]));
  return {
    ...stage,
    entries: stage.entries.map((entry) => {
      const marks = byElement.get(entry.element);
      return marks
        ? {
            ...entry,
            element: marks.element as ElementId,
            dtrMark: marks.dtrMark,
            finalMark: marks.finalMark,
            verifiedOnSite: marks.verifiedOnSite,
          }
        : entry;
    }),
  };
}

/**
 * Brings the index rows of the stages `written` belongs to in step with it. Call inside the
 * transaction that wrote `written`, after the writes (a stage without an index row yet is built
 * from all its entry rows as they now stand). The transaction must include `stageMarks` and
 * `entries`.
 */
export async function syncStageMarks(db: FieldbookDb, written: readonly EntryRow[]): Promise<void> {
  const groups = byStage(written);
  if (groups.size === 0) return;
  const stageIds = [...groups.keys()];
  const existing = await db.stageMarks.bulkGet(stageIds);
  const next = await Promise.all(
    stageIds.map(async (stageId, i) => {
      const row = existing[i];
      if (row) return withEntryMarks(row, groups.get(stageId) ?? []);
      const all = await db.entries.where('stageId').equals(stageId).toArray();
      return stageMarksFromEntries(all)[0];
    }),
  );
  await db.stageMarks.bulkPut(next.filter((r): r is StageMarksRow => r !== undefined));
}

/** Removes the index rows of one organisation (its data became tombstones). */
export async function dropStageMarks(db: FieldbookDb, organisationId: string): Promise<void> {
  await db.stageMarks.where('organisationId').equals(organisationId).delete();
}
