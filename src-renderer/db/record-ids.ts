// The ids a whole-record write may use: in the client id shape (they become parts of row keys),
// and stage ids neither repeated nor another organisation's.
import { CLIENT_ID_PATTERN } from '../../shared/types/ids';
import type { Stage } from '../../shared/types/record';
import type { RepositoryContext } from './context';
import { StorageError } from './errors';

/** Ids become parts of row keys (`org|stage|element`), so they must keep the client id shape. */
export function checkIdText(ids: readonly string[]): void {
  const bad = ids.find((id) => !CLIENT_ID_PATTERN.test(id));
  if (bad !== undefined) {
    throw new StorageError(
      'invalid',
      `This record was not saved: the id "${bad.slice(0, 70)}" is not one CSE Fieldbook can ` +
        'store (letters, digits, "-" and "_" only). Nothing was changed.',
    );
  }
}

/** Rejects with `conflict` when a stage id repeats or belongs to another organisation. */
export async function checkStageIds(
  ctx: RepositoryContext,
  organisationId: string | null,
  stages: readonly Stage[],
): Promise<void> {
  const ids = stages.map((s) => s.id);
  checkIdText(ids);
  if (new Set(ids).size !== ids.length) throw new StorageError('conflict');
  const found = await ctx.db.stages.bulkGet(ids);
  if (found.some((row) => row !== undefined && row.organisationId !== organisationId)) {
    throw new StorageError('conflict');
  }
}
