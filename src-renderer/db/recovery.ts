// Edits the database refused for good (a signed-off stage, a record in the trash or removed, a
// value it cannot store), kept with their text so that nothing typed is lost: the assessor can
// copy the text or apply it again once the cause is gone. One row per refused write.
import type { RepositoryContext } from './context';
import { StorageError } from './errors';
import { hasSchema4Tables } from './schema';
import type { RecoveryItem } from './repository';

/** The stored row: the item itself (schema version 4, table `recovery`). */
export type RecoveryRow = RecoveryItem;

/** Most rows kept; past it the oldest are dropped only after the newest is safely stored. */
export const MAX_RECOVERY_ROWS = 500;

/** Keeps a refused write; resolves with the stored item once committed. */
export function keepRecovery(
  ctx: RepositoryContext,
  item: Omit<RecoveryItem, 'id' | 'at'>,
): Promise<RecoveryItem> {
  const { db } = ctx;
  return db.transaction('rw', [db.recovery], async () => {
    const row: RecoveryRow = { ...item, id: ctx.newId(), at: ctx.now() };
    await db.recovery.add(row);
    const count = await db.recovery.count();
    if (count > MAX_RECOVERY_ROWS) {
      const oldest = (await db.recovery.toArray())
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
        .slice(0, count - MAX_RECOVERY_ROWS);
      await db.recovery.bulkDelete(oldest.map((r) => r.id));
    }
    return row;
  });
}

/** Every kept refusal, oldest first. */
export async function listRecovery(ctx: RepositoryContext): Promise<RecoveryItem[]> {
  if (!hasSchema4Tables(ctx.db)) return [];
  const rows = await ctx.db.recovery.toArray();
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** Forgets a kept refusal (applied again, or dismissed by the assessor). */
export function removeRecovery(ctx: RepositoryContext, id: string): Promise<void> {
  const { db } = ctx;
  return db.transaction('rw', [db.recovery], async () => {
    if (!(await db.recovery.get(id))) throw new StorageError('not-found');
    await db.recovery.delete(id);
  });
}
