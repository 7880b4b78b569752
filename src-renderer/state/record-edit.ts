import type { ElementId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord, ElementEntry, Stage } from '../../shared/types/record';
import type { EntryPatch, StagePatch } from '../db/index';
import type { PendingWrite } from './autosave';

/** The stage with this id, if the record has it. */
export function findStage(record: AssessmentRecord | null, stageId: StageId): Stage | undefined {
  return record?.stages.find((s) => s.id === stageId);
}

/** The record with one entry patched; the same object when nothing would change. */
export function patchEntry(
  record: AssessmentRecord,
  stageId: StageId,
  element: ElementId,
  patch: EntryPatch,
): AssessmentRecord {
  return {
    ...record,
    stages: record.stages.map((stage) =>
      stage.id !== stageId
        ? stage
        : {
            ...stage,
            entries: stage.entries.map((e): ElementEntry =>
              e.element === element ? { ...e, ...patch } : e,
            ),
          },
    ),
  };
}

export function patchStage(
  record: AssessmentRecord,
  stageId: StageId,
  patch: StagePatch,
): AssessmentRecord {
  return {
    ...record,
    stages: record.stages.map((s) => (s.id === stageId ? { ...s, ...patch } : s)),
  };
}

/** The fields of `entry` that `patch` would change, with their current values. */
export function previousValues(entry: ElementEntry, patch: EntryPatch): EntryPatch {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof EntryPatch)[]) before[key] = entry[key];
  return before as EntryPatch;
}

/** The record with queued edits laid over it, as the assessor typed them. */
export function withPending(
  record: AssessmentRecord,
  pending: readonly PendingWrite[],
): AssessmentRecord {
  return pending.reduce((current, op) => {
    switch (op.kind) {
      case 'entry':
        return patchEntry(current, op.stageId, op.element, op.patch);
      case 'stage':
        return patchStage(current, op.stageId, op.patch);
      case 'organisation':
        return { ...current, organisation: { ...current.organisation, ...op.patch } };
    }
  }, record);
}
