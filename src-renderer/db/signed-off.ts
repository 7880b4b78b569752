// The repository's guard of signed-off stages: every write that would change what a sign-off
// vouches for (shared/signoff/signed-content-v2.ts) is refused here, whoever calls: edits,
// undo, imports, links and documents, the organisation header. Call inside the write's
// transaction (with `stages`, and `evidenceLinks` where named, in its scope).
import { stageTitle } from '../../shared/records/select-stage';
import { isSignedHeaderField } from '../../shared/signoff/signed-off-stages';
import type { StageKind } from '../../shared/types/record';
import { StorageError } from './errors';
import type { StageRow } from './rows';
import type { FieldbookDb } from './schema';

function titleOf(row: StageRow): string {
  return stageTitle({ kind: row.kind as StageKind, cycle: row.cycle });
}

/** The refusal, naming the stage and what to do. */
export function signedOffError(row: StageRow, what = 'it'): StorageError {
  const by = row.signOff ? ` by ${row.signOff.signedOffBy}` : '';
  return new StorageError(
    'signed-off',
    `${titleOf(row)} is signed off${by}, so ${what} cannot be changed; withdraw the sign-off first. Nothing was changed.`,
  );
}

/** A signed-off stage is read-only until its sign-off is withdrawn (which is logged). */
export function refuseSignedOff(row: StageRow): void {
  if (row.signOff) throw signedOffError(row);
}

/**
 * An import may move a signed-off stage (its position is not part of what was signed), never
 * change it: refuses when `changes` (to the stage or one of its entries) holds anything else.
 */
export function refuseReplacing(row: StageRow, changes: readonly { field: string }[]): void {
  if (row.signOff && !row.deleted && changes.some((c) => c.field !== 'position')) {
    throw signedOffError(row);
  }
}

/** The organisation's live signed-off stages. */
export async function signedOffStages(
  db: FieldbookDb,
  organisationId: string,
): Promise<StageRow[]> {
  const stages = await db.stages.where('organisationId').equals(organisationId).toArray();
  return stages.filter((s) => !s.deleted && s.signOff);
}

/** The header (name, reference, units, contacts) is part of every sign-off of the organisation. */
export { isSignedHeaderField };

export async function refuseSignedOffHeader(
  db: FieldbookDb,
  organisationId: string,
): Promise<void> {
  const signed = (await signedOffStages(db, organisationId))[0];
  if (signed)
    throw signedOffError(signed, 'the organisation’s name, reference, units and contacts');
}

/** Links into a signed-off stage are part of its sign-off. */
export async function refuseSignedOffLink(db: FieldbookDb, stageId: string): Promise<void> {
  const stage = await db.stages.get(stageId);
  if (stage && !stage.deleted && stage.signOff) throw signedOffError(stage, 'its linked evidence');
}

/**
 * A document linked from a signed-off stage is cited by its sign-off: it may not be renamed,
 * moved to the trash or deleted while that stage is signed off.
 */
export async function refuseSignedOffDocument(db: FieldbookDb, documentId: string): Promise<void> {
  const links = await db.evidenceLinks.where('documentId').equals(documentId).toArray();
  const stageIds = [...new Set(links.filter((l) => !l.deleted).map((l) => l.stageId))];
  for (const stage of await db.stages.bulkGet(stageIds)) {
    if (stage && !stage.deleted && stage.signOff) {
      throw signedOffError(stage, 'a document its linked evidence cites');
    }
  }
}
