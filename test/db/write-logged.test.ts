// writeLogged: the one diff → next version → put → log skeleton of the storage layer.
import { describe, expect, it } from 'vitest';
import { ChangeBatch } from '../../src-renderer/db/changes';
import { organisationTarget } from '../../src-renderer/db/edits';
import { writeLogged } from '../../src-renderer/db/write-logged';
import { openWorld, sampleRecord, sequentialIds } from './helpers';

async function world() {
  const w = await openWorld();
  const record = sampleRecord();
  await w.repo.createRecord(record);
  const id = record.organisation.id;
  const ctx = { db: w.db, now: w.clock.now, newId: sequentialIds('w') };
  const row = await w.db.organisations.get(id);
  if (!row) throw new Error('no organisation row');
  return { ...w, ctx, id, row };
}

describe('writeLogged', () => {
  it('puts the next revision and logs each change with it, in one transaction', async () => {
    const { db, ctx, id, row } = await world();
    const next = { ...row, name: 'Renamed' };
    const changes = [{ field: 'name', before: row.name, after: 'Renamed' }];
    const write = await db.transaction('rw', [db.organisations, db.changes], () =>
      writeLogged(ctx, {
        table: db.organisations,
        row,
        next,
        changes,
        target: organisationTarget(id),
      }),
    );
    expect(write.receipt.revision).toBe(row.revision + 1);
    expect(await db.organisations.get(id)).toMatchObject({
      name: 'Renamed',
      revision: row.revision + 1,
      updatedAt: write.receipt.committedAt,
    });
    const logged = await db.changes
      .where('[entity+entityId]')
      .equals(['organisation', id])
      .toArray();
    expect(logged.filter((c) => c.field === 'name')).toEqual([
      expect.objectContaining({ before: row.name, after: 'Renamed', revision: row.revision + 1 }),
    ]);
  });

  it('writes nothing and gives the stored receipt when nothing changed', async () => {
    const { db, ctx, id, row } = await world();
    const before = await db.changes.count();
    const write = await db.transaction('rw', [db.organisations, db.changes], () =>
      writeLogged(ctx, {
        table: db.organisations,
        row,
        next: { ...row, name: 'Not written' },
        changes: [],
        target: organisationTarget(id),
      }),
    );
    expect(write.receipt).toEqual({ revision: row.revision, committedAt: row.updatedAt });
    expect(await db.organisations.get(id)).toEqual(row);
    expect(await db.changes.count()).toBe(before);
  });

  it("adds to the caller's batch, at the caller's instant, without writing the log itself", async () => {
    const { db, ctx, id, row } = await world();
    const before = await db.changes.count();
    const at = '2026-02-02T10:00:00.000Z';
    const batch = new ChangeBatch(ctx.newId, at);
    const changes = [{ field: 'name', before: row.name, after: 'Batched' }];
    const write = await db.transaction('rw', [db.organisations, db.changes], () =>
      writeLogged(ctx, {
        table: db.organisations,
        row,
        next: { ...row, name: 'Batched' },
        changes,
        target: organisationTarget(id),
        at,
        batch,
      }),
    );
    expect(write.receipt).toEqual({ revision: row.revision + 1, committedAt: at });
    expect(batch.rows).toEqual([expect.objectContaining({ field: 'name', at, after: 'Batched' })]);
    expect(await db.changes.count()).toBe(before);
  });
});
