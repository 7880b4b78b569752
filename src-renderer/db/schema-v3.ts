// Schema version 3: the stage-marks index (stage-marks.ts), so the portfolio can score every
// organisation without reading evidence text. No existing row changes; the new table is filled
// from the entry rows.
import type { Transaction } from 'dexie';
import type { RawRow, SchemaStep } from './migrations';
import type { EntryRow } from './rows';
import { STAGE_MARKS_STORES, stageMarksFromEntries, withEntryMarks } from './stage-marks';
import type { StageMarksRow } from './stage-marks';

/**
 * Fills `stageMarks` from every entry row, one row at a time (a large database holds hundreds of
 * megabytes of evidence text, which must not all be in memory at once). Idempotent: each stage's
 * row is rebuilt from scratch and put.
 */
async function fillStageMarks(tx: Transaction): Promise<void> {
  const rows = new Map<string, StageMarksRow>();
  await tx
    .table<RawRow>('entries')
    .toCollection()
    .each((raw) => {
      const entry = raw as unknown as EntryRow;
      // Tombstones hold no marks; a stage with nothing else (emptied trash) gets no row.
      if (entry.deleted) return;
      const row = rows.get(entry.stageId);
      rows.set(
        entry.stageId,
        row ? withEntryMarks(row, [entry]) : (stageMarksFromEntries([entry])[0] as StageMarksRow),
      );
    });
  await tx.table('stageMarks').bulkPut([...rows.values()]);
}

/** Schema version 3 (test/fixtures/db/v3.json holds data written at it). */
export const SCHEMA_V3: SchemaStep = {
  version: 3,
  describe: 'stage-marks index: each stage’s marks in one small row, for the portfolio',
  stores: { ...STAGE_MARKS_STORES },
  rows: {},
  derive: fillStageMarks,
};
