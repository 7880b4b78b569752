// The skeleton of every logged write of one row: diff → next version → put → log, inside the
// caller's transaction. What a write checks before (read-only, signed off, in the trash) and
// how it diffs stay with the caller.
import type { Table } from 'dexie';
import type { ChangeTarget, FieldChange } from './changes';
import { ChangeBatch } from './changes';
import type { RepositoryContext } from './context';
import type { SaveReceipt } from './receipt';
import { header } from './rows';
import type { RowHeader } from './rows';

/** The receipt of a write that was not needed: the row as it already stands. */
export function unchanged(row: RowHeader): SaveReceipt {
  return { revision: row.revision, committedAt: row.updatedAt };
}

/** The next version of `row` (revision +1, based on the current one) and its receipt. */
export function nextVersion<R extends RowHeader>(
  row: R,
  next: R,
  at: string,
): { row: R; receipt: SaveReceipt } {
  const written = { ...next, ...header(at, row) };
  return { row: written, receipt: { revision: written.revision, committedAt: at } };
}

/** One logged write of a row. */
export interface LoggedWrite<R extends RowHeader> {
  readonly table: Table<R, string>;
  /** The row as stored. */
  readonly row: R;
  /** The row as it should be (its header is made here). */
  readonly next: R;
  /** What differs between them, as the log keeps it. */
  readonly changes: readonly FieldChange[];
  /** Where the changes are logged; the revision is the written row's. */
  readonly target: Omit<ChangeTarget, 'revision'>;
  /** The instant of the write, when the transaction already took one (else `ctx.now()`). */
  readonly at?: string;
  /**
   * The transaction's change batch, when it writes several rows and adds the batch itself;
   * without one the changes are added here, with the row.
   */
  readonly batch?: ChangeBatch;
}

/**
 * Writes the next version of `write.row` and logs its changes in the same (the caller's)
 * transaction; writes nothing and returns the stored row's receipt when there are no changes.
 * `row` is the row as written (the stored one when unchanged).
 */
export async function writeLogged<R extends RowHeader>(
  ctx: RepositoryContext,
  write: LoggedWrite<R>,
): Promise<{ readonly row: R; readonly receipt: SaveReceipt }> {
  if (write.changes.length === 0) return { row: write.row, receipt: unchanged(write.row) };
  const at = write.at ?? ctx.now();
  const next = nextVersion(write.row, write.next, at);
  const batch = write.batch ?? new ChangeBatch(ctx.newId, at);
  batch.add({ ...write.target, revision: next.receipt.revision }, write.changes);
  // The row and its change log go out together: each await is a round trip to IndexedDB, and
  // this is the path of every keystroke that reaches the disk (bench/README.md).
  await Promise.all([
    write.table.put(next.row),
    write.batch ? undefined : ctx.db.changes.bulkAdd(batch.rows),
  ]);
  return next;
}
