import { findCatalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import { scoreStage } from '../scoring/score-stage';
import type { CriterionNumber, StageId } from '../types/ids';
import type { AssessmentRecord } from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { ScoreChange } from '../records/record-facts';
import { cycleScoreChanges, stageDevelopmentPoints } from '../records/record-facts';
import type { DevelopmentPoint } from './development-points';

/** A change of score at a stage of the cycle (see shared/records/record-facts.ts). */
export type MarkChange = ScoreChange;

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
  /**
   * Every change of score (DTR or final mark against the mark the stage started from) from the
   * cycle's first stage up to this one, in order (`cycleScoreChanges`).
   */
  readonly changedMarks: readonly MarkChange[];
  readonly scoring: readonly ScoringTableRow[];
  /** The scoring rules printed with the table, for the profile used. */
  readonly rules: readonly string[];
  readonly whatHasChanged: readonly WhatHasChangedRow[];
  /**
   * The development points at this stage (`stageDevelopmentPoints`, catalogue order), each with
   * its step for this stage last.
   */
  readonly developmentPoints: readonly DevelopmentPoint[];
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
  const first = record.stages.slice(0, index + 1).find((s) => s.cycle === stage.cycle) ?? stage;
  const score = scoreStage(stage, catalogue, 'final', profile);
  const notes = new Map(
    stage.surveillance.whatHasChanged.map((n) => [n.criterion, n.text] as const),
  );
  const points = stageDevelopmentPoints(record, stage.id).map((p) => p.point);
  return ok({
    stageId: stage.id,
    stageTitle: stageTitle(stage),
    cycle: stage.cycle,
    firstStageId: first.id,
    firstStageTitle: stageTitle(first),
    changedMarks: cycleScoreChanges(record, stage.id),
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
