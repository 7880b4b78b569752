import { diffStage } from '../../../shared/export/xlsx/edits';
import type { StageEdit } from '../../../shared/export/xlsx/edits';
import { readWorkbookEdits } from '../../../shared/export/xlsx/read-workbook';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { Result } from '../../../shared/types/result';
import { fail, ok } from '../../../shared/types/result';
import { loadExcel } from './export-libraries';

/** Reads an edited workbook of `stageId` and lists how it differs from the record. */
export async function workbookDifferences(
  bytes: Uint8Array,
  record: AssessmentRecord,
  stageId: StageId,
): Promise<Result<StageEdit[], string>> {
  const read = await readWorkbookEdits(bytes, record, await loadExcel(), { stageId });
  if (!read.ok) return fail(read.errors);
  return ok(diffStage(record, stageId, read.value));
}

export { applyEdits } from '../../../shared/export/xlsx/edits';
