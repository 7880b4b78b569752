import type { Catalogue } from '../catalogue/catalogue';
import { stageTitle } from '../records/select-stage';
import type { RuleProfile } from '../scoring/profiles';
import { DEFAULT_PROFILE } from '../scoring/profiles';
import { scoreStage } from '../scoring/score-stage';
import { listIds, plural } from '../scoring/wording';
import { formatLongDate } from '../types/dates';
import type { StageId } from '../types/ids';
import type { Stage } from '../types/record';
import type { CategoryDecision, SurveillanceCategory } from '../types/surveillance';
import { SIGNIFICANT_CHANGE_NAMES, SURVEILLANCE_CATEGORY_NAMES } from '../types/surveillance';
import { charIn, trimEndWhere } from '../types/trim';

/** The heuristic's suggestion for the category after a stage, with its reasons. */
export interface CategorySuggestion {
  readonly category: SurveillanceCategory;
  /** Plain-words reasons: each rule that made it High, or why it is Low. */
  readonly reasons: readonly string[];
  /** The profile's label for the heuristic ("Suggested by the default heuristic …"). */
  readonly label: string;
}

/** The category after a stage: the suggestion, the assessor's decision, and which applies. */
export interface CategoryAssessment {
  readonly stageId: StageId;
  readonly stageTitle: string;
  readonly suggestion: CategorySuggestion;
  /** What the assessor recorded; `null` while undecided. */
  readonly decision: CategoryDecision | null;
  /** The category that applies: the decision when there is one, else the suggestion. */
  readonly category: SurveillanceCategory;
  readonly source: 'assessor' | 'suggestion';
  /** True when the assessor decided differently from the suggestion. */
  readonly overridesSuggestion: boolean;
  /** One sentence for screens: what applies and why. */
  readonly sentence: string;
}

/**
 * Suggests the category after `stage` from its final marks and the significant changes recorded
 * at it, following `profile.category` — a DEFAULT HEURISTIC, not a rule of the scheme. High when
 * an enabled rule fires (any NC; any criterion at or over its partial maximum; any significant
 * change), Low otherwise. Unmarked elements are left out and said so.
 */
export function suggestCategory(
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile = DEFAULT_PROFILE,
): CategorySuggestion {
  const rules = profile.category.highWhen;
  const score = scoreStage(stage, catalogue, 'final', profile);
  const high: string[] = [];
  if (rules.anyNonCompliance) {
    const ncs = score.criteria.flatMap((c) => c.nonComplianceElements);
    if (ncs.length > 0) {
      high.push(
        `${plural(ncs.length, 'non-compliance', 'non-compliances')} (${listIds(ncs)}): any non-compliance makes it High.`,
      );
    }
  }
  if (rules.criterionAtMaxPartials) {
    for (const c of score.criteria) {
      if (c.p > 0 && c.p >= c.maxPartial) {
        const where = c.p === c.maxPartial ? 'at' : 'over';
        high.push(
          `Criterion ${c.criterion} has ${plural(c.p, 'partial compliance')} (${listIds(c.partialElements)}), ${where} its maximum of ${c.maxPartial}.`,
        );
      }
    }
  }
  if (rules.significantChange) {
    for (const change of stage.surveillance.significantChanges) {
      const when = change.date === null ? '' : ` (${formatLongDate(change.date)})`;
      const text = trimEndWhere(change.description.trim(), charIn('.', true));
      const what = text === '' ? '' : `: ${text}`;
      high.push(
        `Significant change recorded — ${SIGNIFICANT_CHANGE_NAMES[change.kind]}${when}${what}.`,
      );
    }
  }
  const reasons = [...high];
  if (high.length === 0) {
    const checked = [
      rules.anyNonCompliance ? 'no non-compliance' : null,
      rules.criterionAtMaxPartials
        ? 'every criterion below its maximum of partial compliances'
        : null,
      rules.significantChange ? 'no significant change recorded' : null,
    ].filter((r): r is string => r !== null);
    reasons.push(
      checked.length > 0
        ? `Low: ${checked.join(', ')}.`
        : 'Low: the profile turns every High rule off.',
    );
  }
  const unmarked = score.criteria.reduce((sum, c) => sum + c.unscored, 0);
  if (unmarked > 0) {
    reasons.push(
      `${plural(unmarked, 'element')} ${unmarked === 1 ? 'has' : 'have'} no final mark yet; the suggestion uses the marks given so far.`,
    );
  }
  return { category: high.length > 0 ? 'high' : 'low', reasons, label: profile.category.label };
}

/**
 * The category after `stage`: the suggestion and the assessor's recorded decision, which wins.
 * A decision without a written reason still wins; the sentence says the reason is missing.
 */
export function assessCategory(
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile = DEFAULT_PROFILE,
): CategoryAssessment {
  const suggestion = suggestCategory(stage, catalogue, profile);
  const decision = stage.surveillance.category;
  const title = stageTitle(stage);
  const suggested = SURVEILLANCE_CATEGORY_NAMES[suggestion.category];
  if (decision === null) {
    return {
      stageId: stage.id,
      stageTitle: title,
      suggestion,
      decision,
      category: suggestion.category,
      source: 'suggestion',
      overridesSuggestion: false,
      sentence: `Category after ${title}: ${suggested} — suggested (default heuristic); the assessor has not decided yet.`,
    };
  }
  const decided = SURVEILLANCE_CATEGORY_NAMES[decision.category];
  const reason =
    decision.reason.trim() === '' ? 'no reason written' : `“${decision.reason.trim()}”`;
  const overrides = decision.category !== suggestion.category;
  return {
    stageId: stage.id,
    stageTitle: title,
    suggestion,
    decision,
    category: decision.category,
    source: 'assessor',
    overridesSuggestion: overrides,
    sentence: `Category after ${title}: ${decided} — the assessor's decision (${reason})${overrides ? `, overriding the suggested ${suggested}` : `; the heuristic also suggests ${suggested}`}.`,
  };
}
