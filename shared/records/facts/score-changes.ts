import { findCatalogue } from '../../catalogue/catalogue';
import type { CriterionNumber, ElementId, StageId } from '../../types/ids';
import type { MaybeMark } from '../../types/marks';
import type { AssessmentRecord, Stage } from '../../types/record';
import { stageTitle } from '../select-stage';

/**
 * A change of an element's score at a stage: the mark it started the stage from (the previous
 * stage's final mark) against the stage's own DTR or final mark. Text edits are never changes of
 * score.
 */
export interface ScoreChange {
  readonly element: ElementId;
  readonly criterion: CriterionNumber;
  readonly statement: string;
  readonly stageId: StageId;
  readonly stageTitle: string;
  /** The previous stage's final mark: what this stage started from (`null`: unmarked). */
  readonly from: MaybeMark;
  /** The stage's DTR mark. */
  readonly dtr: MaybeMark;
  /** The stage's final mark. */
  readonly to: MaybeMark;
}

/**
 * Whether the stage continues the one before it (a surveillance: it starts from the previous
 * final marks and re-scores what it looks at). An initial assessment or a reassessment marks
 * every element afresh, so "changed since the previous stage" does not apply to it.
 */
export function continuesPreviousStage(stage: Pick<Stage, 'kind'>): boolean {
  return stage.kind === 'surveillance-1' || stage.kind === 'surveillance-2';
}

/**
 * The score changes made at the stage `stageId`: for a surveillance, every element whose DTR or
 * final mark is given and differs from the previous stage's final mark (an element left unmarked
 * is not a change); for an initial assessment or a reassessment, none. Catalogue order. Unknown
 * stage: `[]`.
 */
export function scoreChangesAt(record: AssessmentRecord, stageId: StageId | string): ScoreChange[] {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  const previous = record.stages[index - 1];
  if (!stage || !previous || !continuesPreviousStage(stage)) return [];
  const before = new Map(previous.entries.map((e) => [e.element, e.finalMark] as const));
  const catalogue = findCatalogue(stage.catalogueId);
  const title = stageTitle(stage);
  const changes: ScoreChange[] = [];
  for (const entry of stage.entries) {
    const from = before.get(entry.element) ?? null;
    const { dtrMark: dtr, finalMark: to } = entry;
    if (!((to !== null && to !== from) || (dtr !== null && dtr !== from))) continue;
    const element = catalogue?.byId.get(entry.element);
    changes.push({
      element: entry.element,
      criterion: (element?.criterion ?? Number(entry.element.split('.')[0])) as CriterionNumber,
      statement: element?.statement ?? '',
      stageId: stage.id,
      stageTitle: title,
      from,
      dtr,
      to,
    });
  }
  return changes;
}

/**
 * The score changes of the cycle of `stageId` up to and including it ("element scores changed
 * since the first assessment"): `scoreChangesAt` of each stage of that cycle, in record order.
 */
export function cycleScoreChanges(
  record: AssessmentRecord,
  stageId: StageId | string,
): ScoreChange[] {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) return [];
  return record.stages
    .slice(0, index + 1)
    .filter((s) => s.cycle === stage.cycle)
    .flatMap((s) => scoreChangesAt(record, s.id));
}
