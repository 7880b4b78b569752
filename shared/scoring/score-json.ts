import { stageTitle } from '../records/select-stage';
import type { AssessmentRecord, Stage } from '../types/record';
import type { StageScores } from './score-stage';
import type { StageScore } from './score-types';

/**
 * The JSON shape `fieldbook score --json` prints (documented in README): the stage, then the
 * final and DTR scores. Shares are rounded to 3 decimals; everything else is as computed.
 */
export function scoreJson(
  record: AssessmentRecord,
  stage: Stage,
  number: number,
  scores: StageScores,
): unknown {
  return {
    organisation: {
      id: record.organisation.id,
      name: record.organisation.name,
      reference: record.organisation.reference,
    },
    stage: {
      number,
      id: stage.id,
      kind: stage.kind,
      cycle: stage.cycle,
      title: stageTitle(stage),
      assessor: stage.assessor,
      catalogue: stage.catalogueId,
    },
    final: scoreShape(scores.final),
    dtr: scoreShape(scores.dtr),
  };
}

function scoreShape(score: StageScore): unknown {
  return {
    ...score,
    criteria: score.criteria.map((c) => ({
      ...c,
      fullOrBetterShare: Math.round(c.fullOrBetterShare * 1000) / 1000,
    })),
  };
}
