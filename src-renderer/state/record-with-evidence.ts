import type { AssessmentRecord } from '../../shared/types/record';
import type { FieldbookRepository } from '../db/index';

/**
 * The record as files and exports carry it: with its organisation's evidence library (documents'
 * metadata and links), which the stored record the app edits does not hold. Rejects with the
 * repository's `StorageError` when the library cannot be read.
 */
export async function withEvidence(
  repository: Pick<FieldbookRepository, 'loadEvidence'>,
  record: AssessmentRecord,
): Promise<AssessmentRecord> {
  const evidence = await repository.loadEvidence(record.organisation.id);
  return { ...record, evidence };
}
