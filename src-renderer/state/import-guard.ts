import type { ExchangeError } from '../../shared/exchange/errors';
import { stageTitle } from '../../shared/records/select-stage';
import { describeKeptSignOffs, keepSignedOffStages } from '../../shared/signoff/signed-off-stages';
import type { CheckCrypto } from '../../shared/signoff/verify-sign-off';
import { checkSignOff, describeSignOffCheck } from '../../shared/signoff/verify-sign-off';
import type { AssessmentRecord } from '../../shared/types/record';
import type { FieldbookRepository } from '../db/index';

/** What an import over a stored record writes, and what it leaves as stored (its preview). */
export interface GuardedImport {
  readonly record: AssessmentRecord;
  /** Sentences for the preview: the signed-off stages (and header) kept as stored. */
  readonly kept: readonly string[];
}

/**
 * `incoming` as an import may write it over what is stored for its organisation: every stored
 * signed-off stage kept as it is (shared/signoff/signed-off-stages.ts), and why, in words. For
 * a new organisation, `incoming` itself. Rejects with the repository's `StorageError`.
 */
export async function guardImport(
  repository: Pick<FieldbookRepository, 'loadRecord' | 'loadEvidence'>,
  incoming: AssessmentRecord,
): Promise<GuardedImport> {
  const stored = await repository.loadRecord(incoming.organisation.id);
  if (!stored?.stages.some((s) => s.signOff)) return { record: incoming, kept: [] };
  const evidence = await repository.loadEvidence(incoming.organisation.id);
  const kept = keepSignedOffStages({ ...stored, evidence }, incoming);
  return { record: kept.record, kept: describeKeptSignOffs(kept, stageTitle) };
}

/**
 * The signed-off stages of an imported record whose sign-off does not hold (changed since it
 * was signed, a signature that does not match, an unknown scheme), as file problems: such a file
 * is refused, never shown as signed off. Empty when every sign-off holds.
 */
export async function brokenSignOffs(
  record: AssessmentRecord,
  crypto: CheckCrypto,
): Promise<ExchangeError[]> {
  const problems: ExchangeError[] = [];
  for (const [index, stage] of record.stages.entries()) {
    const check = await checkSignOff(record, stage, crypto);
    if (check === null || check.kind === 'intact') continue;
    problems.push({
      path: `$.stages[${index}].signOff`,
      problem: `${stageTitle(stage)}: ${describeSignOffCheck(check)}`,
      expected:
        'the stage as it was signed off (ask whoever sent the file for the signed original, or for the sign-off to be withdrawn and the stage signed off again)',
    });
  }
  return problems;
}
