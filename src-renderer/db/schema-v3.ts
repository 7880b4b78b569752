// Schema version 3: the stage-marks index (stage-marks.ts), so the portfolio can score every
// organisation without reading evidence text. No existing row changes; the new table is filled
// from the entry rows.
import type { Transaction } from 'dexie';
import type { SchemaStep } from './schema-step';
import type { EntryRow } from './rows';
import { STAGE_MARKS_STORES, marksSourceOf, stageMarksFromEntries } from './stage-marks';
import type { EntryMarksSource } from './stage-marks';

/**
 * Fills `stageMarks` from every live entry row, one row at a time, keeping only the fields the
 * index reads (a large database holds hundreds of megabytes of evidence text, which must not all
 * be in memory at once). Idempotent: each stage's row is rebuilt from scratch and put.
 */
async function fillStageMarks(tx: Transaction): Promise<void> {
  const live: EntryMarksSource[] = [];
  await tx
    .table<EntryRow>('entries')
    .toCollection()
    .each((entry) => {
      // Tombstones hold no marks; a stage with nothing else (emptied trash) gets no row.
      if (!entry.deleted) live.push(marksSourceOf(entry));
    });
  await tx.table('stageMarks').bulkPut(stageMarksFromEntries(live));
}

/** Schema version 3 (test/fixtures/db/v3.json holds data written at it). */
export const SCHEMA_V3: SchemaStep = {
  version: 3,
  describe: 'stage-marks index: each stage’s marks in one small row, for the portfolio',
  stores: { ...STAGE_MARKS_STORES },
  rows: {},
  derive: fillStageMarks,
};
