import { findCatalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import { scoreStage } from '../scoring/score-stage';
import type { CriterionNumber, ElementId, StageId } from '../types/ids';
import type { Mark, MaybeMark } from '../types/marks';
import type { AssessmentRecord, Stage } from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { DevelopmentPoint } from './development-points';
import { trackDevelopmentPoints } from './development-points';

/** An element's final mark that changed at a stage of the cycle. */
export interface MarkChange {
  readonly element: ElementId;
  readonly criterion: CriterionNumber;
  /** The mark before this stage (the latest given since the cycle's first assessment). */
  readonly from: MaybeMark;
  readonly to: Mark;
  readonly stageId: StageId;
  readonly stageTitle: string;
}

/** The report's scoring table row for one criterion (ASSESSMENT-RECORD.md §3). */
export interface ScoringTableRow {
  readonly criterion: CriterionNumber;
  readonly name: string;
  readonly elements: number;
  readonly maxPartials: number;
  readonly partials: number;
  readonly compliancePlus: number;
  readonly nonCompliances: number;
  readonly unmarked: number;
}

/** "What has changed since the first assessment" under one criterion, as the assessor wrote it. */
export interface WhatHasChangedRow {
  readonly criterion: CriterionNumber;
  readonly name: string;
  readonly text: string;
}

/** The surveillance report of a stage, computed from the record. */
export interface SurveillanceReport {
  readonly stageId: StageId;
  readonly stageTitle: string;
  readonly cycle: number;
  /** The stage that opened the cycle: the initial assessment or the reassessment. */
  readonly firstStageId: StageId;
  readonly firstStageTitle: string;
  /** Every change of a final mark from the cycle's first stage up to this one, in order. */
  readonly changedMarks: readonly MarkChange[];
  readonly scoring: readonly ScoringTableRow[];
  /** The scoring rules printed with the table, for the profile used. */
  readonly rules: readonly string[];
  readonly whatHasChanged: readonly WhatHasChangedRow[];
  /** The development points carried at this stage, each with its step for this stage last. */
  readonly developmentPoints: readonly DevelopmentPoint[];
}

/**
 * Final-mark changes within the cycle of `stages[last]`: each stage of the cycle up to it is
 * compared, element by element, with the latest mark given before it in the cycle. An element
 * left unmarked at a stage is not a change. Stages in record order, catalogue order within.
 */
export function changedMarks(stages: readonly Stage[]): MarkChange[] {
  const changes: MarkChange[] = [];
  const latest = new Map<ElementId, MaybeMark>();
  stages.forEach((stage, index) => {
    const catalogue = findCatalogue(stage.catalogueId);
    for (const entry of stage.entries) {
      const to = entry.finalMark;
      if (to === null) continue;
      const from = latest.get(entry.element) ?? null;
      if (index > 0 && from !== to) {
        const criterion = catalogue?.byId.get(entry.element)?.criterion;
        changes.push({
          element: entry.element,
          criterion: (criterion ?? Number(entry.element.split('.')[0])) as CriterionNumber,
          from,
          to,
          stageId: stage.id,
          stageTitle: stageTitle(stage),
        });
      }
      latest.set(entry.element, to);
    }
  });
  return changes;
}

/** The stages of the cycle of `stages[index]`, from its first stage up to `index`. */
function cycleUpTo(stages: readonly Stage[], index: number): Stage[] {
  const target = stages[index];
  if (!target) return [];
  return stages.slice(0, index + 1).filter((s) => s.cycle === target.cycle);
}

/**
 * The surveillance report of the stage `stageId` under `profile`: mark changes since the
 * cycle's first assessment, the scoring table, "what has changed" per criterion and progress
 * on the development points carried at the stage.
 */
export function surveillanceReport(
  record: AssessmentRecord,
  stageId: StageId,
  profile: RuleProfile = DEFAULT_PROFILE,
): Result<SurveillanceReport, string> {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) return fail([`the record has no stage "${stageId}"`]);
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) return fail([`unknown edition of the standard "${stage.catalogueId}"`]);
  const cycle = cycleUpTo(record.stages, index);
  const first = cycle[0] ?? stage;
  const score = scoreStage(stage, catalogue, 'final', profile);
  const notes = new Map(
    stage.surveillance.whatHasChanged.map((n) => [n.criterion, n.text] as const),
  );
  const points = trackDevelopmentPoints({
    ...record,
    stages: record.stages.slice(0, index + 1),
  }).points.filter((p) => p.steps.some((s) => s.stageId === stage.id));
  return ok({
    stageId: stage.id,
    stageTitle: stageTitle(stage),
    cycle: stage.cycle,
    firstStageId: first.id,
    firstStageTitle: stageTitle(first),
    changedMarks: changedMarks(cycle),
    scoring: score.criteria.map((c) => ({
      criterion: c.criterion,
      name: c.name,
      elements: c.elements,
      maxPartials: c.maxPartial,
      partials: c.p,
      compliancePlus: c.cp,
      nonCompliances: c.nc,
      unmarked: c.unscored,
    })),
    rules: [
      'No non-compliance is allowed.',
      "Full compliance or Compliance Plus in at least 80% of each criterion's elements.",
      `At most the listed number of partial compliances per criterion (rule profile: ${profile.name}).`,
    ],
    whatHasChanged: catalogue.criteria.map((c) => ({
      criterion: c.number,
      name: c.name,
      text: notes.get(c.number) ?? '',
    })),
    developmentPoints: points,
  });
}
