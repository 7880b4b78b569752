import { findCatalogue } from '../../catalogue/catalogue';
import type { RuleProfile } from '../../scoring/profiles';
import { DEFAULT_PROFILE } from '../../scoring/profiles';
import { suggestCategory } from '../../surveillance/category';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord } from '../../types/record';
import type { SurveillanceCategory } from '../../types/surveillance';
import { SURVEILLANCE_CATEGORY_NAMES } from '../../types/surveillance';
import { stageTitle } from '../select-stage';

/** The surveillance category after one stage, as the record prints it beside the others. */
export interface StageCategory {
  readonly stageId: StageId;
  readonly stageTitle: string;
  /** The assessor's decision, or `null` while undecided. */
  readonly decided: SurveillanceCategory | null;
  /** The default heuristic's suggestion (`null` for a stage of an unknown edition). */
  readonly suggested: SurveillanceCategory | null;
  /** "High", "Low", or "Not decided (suggested: High)". */
  readonly text: string;
}

/**
 * The surveillance category after each stage of the record, in record order, so that screens
 * and exports can show them side by side: the assessor's decision where there is one, else
 * "Not decided" with the default heuristic's suggestion (never presented as a decision).
 */
export function categoriesAfterStages(
  record: AssessmentRecord,
  profile: RuleProfile = DEFAULT_PROFILE,
): StageCategory[] {
  return record.stages.map((stage) => {
    const catalogue = findCatalogue(stage.catalogueId);
    const suggested = catalogue ? suggestCategory(stage, catalogue, profile).category : null;
    const decided = stage.surveillance.category?.category ?? null;
    const text =
      decided !== null
        ? SURVEILLANCE_CATEGORY_NAMES[decided]
        : suggested === null
          ? 'Not decided'
          : `Not decided (suggested: ${SURVEILLANCE_CATEGORY_NAMES[suggested]})`;
    return { stageId: stage.id, stageTitle: stageTitle(stage), decided, suggested, text };
  });
}
