import { stageTitle } from '../../records/select-stage';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord, Organisation, Stage } from '../../types/record';
import { PLANNED_DATE_FIELDS } from '../../types/record';
import { withRenamedPoints } from '../../surveillance/renamed-stages';
import { slotRank } from './stage-names';

/**
 * Importing a Word record over an organisation already stored: the document's stages are
 * matched to the stored ones (by id, for a document the app exported, else by kind and cycle)
 * and take the stored stage ids, so that evidence links, history and sign-off stay attached.
 * A signed-off stage is never overwritten: it is kept as stored and the plan says so. Stored
 * stages the document lacks are kept. Pure: the caller stores `record` once the user confirms.
 */

export type StagePlanAction = 'add' | 'update' | 'skip-signed-off' | 'keep';

export interface StagePlan {
  readonly title: string;
  readonly action: StagePlanAction;
  /** The id the stage has in the merged record: the stored one when the stage was matched. */
  readonly stageId: StageId;
  /** What happens to it, in words for the preview. */
  readonly message: string;
}

export interface ImportOverStored {
  readonly record: AssessmentRecord;
  readonly stages: readonly StagePlan[];
}

function matchStored(stored: AssessmentRecord, stage: Stage): Stage | undefined {
  return (
    stored.stages.find((s) => s.id === stage.id) ??
    stored.stages.find((s) => s.kind === stage.kind && s.cycle === stage.cycle)
  );
}

/** The header as the document gives it, keeping what it leaves empty from the stored one. */
function mergedOrganisation(stored: Organisation, imported: Organisation): Organisation {
  const planned = { ...stored.plannedDates };
  for (const f of PLANNED_DATE_FIELDS)
    planned[f] = imported.plannedDates[f] ?? stored.plannedDates[f];
  return {
    ...imported,
    id: stored.id,
    name: imported.name.trim() === '' ? stored.name : imported.name,
    reference: imported.reference.trim() === '' ? stored.reference : imported.reference,
    unitsInScope: imported.unitsInScope.trim() === '' ? stored.unitsInScope : imported.unitsInScope,
    contacts: imported.contacts.length === 0 ? stored.contacts : imported.contacts,
    plannedDates: planned,
  };
}

function signedOffWords(stage: Stage): string {
  const s = stage.signOff;
  return s ? `signed off by ${s.signedOffBy} on ${s.signedOffAt.slice(0, 10)}` : '';
}

/** The record to store when `imported` is confirmed over `stored`, and what happens per stage. */
export function importOverStored(
  stored: AssessmentRecord,
  imported: AssessmentRecord,
): ImportOverStored {
  const ids = new Map<StageId, StageId>();
  const matched = new Set<StageId>();
  const plans: StagePlan[] = [];
  const stages: Stage[] = [];
  for (const stage of imported.stages) {
    const before = matchStored(stored, stage);
    const title = stageTitle(stage);
    if (!before) {
      stages.push(stage);
      plans.push({ title, action: 'add', stageId: stage.id, message: 'added as a new stage' });
      continue;
    }
    ids.set(stage.id, before.id);
    matched.add(before.id);
    if (before.signOff) {
      stages.push(before);
      plans.push({
        title,
        action: 'skip-signed-off',
        stageId: before.id,
        message: `${signedOffWords(before)}: skipped, the stored stage is kept unchanged. Withdraw its sign-off first to import this part of the document.`,
      });
      continue;
    }
    // The Word layout carries no assessment report: the stored stage's report is kept.
    stages.push({ ...stage, id: before.id, report: before.report });
    plans.push({
      title,
      action: 'update',
      stageId: before.id,
      message:
        'updates the stored stage; its id, evidence links, history and assessment report stay attached',
    });
  }
  for (const before of stored.stages) {
    if (matched.has(before.id)) continue;
    stages.push(before);
    plans.push({
      title: stageTitle(before),
      action: 'keep',
      stageId: before.id,
      message: 'not in the document: kept as stored',
    });
  }
  stages.sort((a, b) => slotRank(a) - slotRank(b));
  const order = new Map(stages.map((s, i) => [s.id, i] as const));
  plans.sort((a, b) => (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0));
  const record: AssessmentRecord = {
    organisation: mergedOrganisation(stored.organisation, imported.organisation),
    stages: stages.map((s) => withRenamedPoints(s, ids)),
    ...(stored.evidence ? { evidence: stored.evidence } : {}),
  };
  return { record, stages: plans };
}
