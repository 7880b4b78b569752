import type { Catalogue } from '../catalogue/catalogue';
import { findCatalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { scoreStage } from '../scoring/score-stage';
import type { StageScore } from '../scoring/score-types';
import type { CriterionNumber, ElementId, StageId } from '../types/ids';
import type { MaybeMark } from '../types/marks';
import type { AssessmentRecord, Stage } from '../types/record';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import type { RecommendationView } from './recommendation';
import { recommendationView } from './recommendation';
import type { ReportPoint } from './report-points';
import { keptPointTexts, reportPoints } from './report-points';

/**
 * Everything a stage's report shows, built from the record: what the assessor wrote, and what is
 * derived — the development points with their live pre-fill, the Compliance Plus elements with
 * their justifications, the scores per criterion, the recommendation under both rule profiles.
 * The report screen, the pre-export check and the exports all read this one model.
 */

export interface ReportCompliancePlus {
  readonly element: ElementId;
  readonly statement: string;
  readonly dtrMark: MaybeMark;
  /** From the record (the workbook's Compliance Plus justification); "" when not written. */
  readonly justification: string;
}

export interface ReportFindingView {
  readonly criterion: CriterionNumber;
  readonly name: string;
  readonly text: string;
}

export interface ReportModel {
  readonly record: AssessmentRecord;
  readonly stage: Stage;
  /** 1-based place of the stage in the record. */
  readonly stageNumber: number;
  readonly stageTitle: string;
  readonly catalogue: Catalogue;
  readonly profile: RuleProfile;
  readonly points: readonly ReportPoint[];
  /** Point texts kept for elements that are no longer P or NC (not printed). */
  readonly keptTexts: readonly { readonly element: ElementId; readonly mark: MaybeMark }[];
  readonly compliancePlus: readonly ReportCompliancePlus[];
  /** One per criterion of the catalogue, in order. */
  readonly findings: readonly ReportFindingView[];
  /** The visit (final) marks scored under `profile`. */
  readonly score: StageScore;
  readonly recommendation: RecommendationView;
}

/** The report model of a stage, or why there is none (unknown stage or edition). */
export function reportModel(
  record: AssessmentRecord,
  stageId: StageId | string,
  profile: RuleProfile,
): Result<ReportModel, string> {
  const index = record.stages.findIndex((s) => s.id === stageId);
  const stage = record.stages[index];
  if (!stage) return fail([`the record has no stage "${stageId}"`]);
  const catalogue = findCatalogue(stage.catalogueId);
  if (!catalogue) return fail([`unknown edition of the standard "${stage.catalogueId}"`]);
  const entries = new Map(stage.entries.map((e) => [e.element, e] as const));
  const compliancePlus = catalogue.elements.flatMap((element): ReportCompliancePlus[] => {
    const entry = entries.get(element.id);
    if (entry?.finalMark !== 'CP') return [];
    return [
      {
        element: element.id,
        statement: element.statement,
        dtrMark: entry.dtrMark,
        justification: entry.cpJustification.trim(),
      },
    ];
  });
  const written = new Map(stage.report.findings.map((f) => [f.criterion, f.text] as const));
  return ok({
    record,
    stage,
    stageNumber: index + 1,
    stageTitle: stageTitle(stage),
    catalogue,
    profile,
    points: reportPoints(record, stage),
    keptTexts: keptPointTexts(stage),
    compliancePlus,
    findings: catalogue.criteria.map((c) => ({
      criterion: c.number,
      name: c.name,
      text: written.get(c.number) ?? '',
    })),
    score: scoreStage(stage, catalogue, 'final', profile),
    recommendation: recommendationView(stage, catalogue, profile),
  });
}
