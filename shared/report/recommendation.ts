import type { Catalogue } from '../catalogue/catalogue';
import type { RuleProfile } from '../scoring/profiles';
import { otherProfile } from '../scoring/profiles';
import { scoreStage } from '../scoring/score-stage';
import type { StageScore, Verdict } from '../scoring/score-types';
import type { Recommendation, RecommendationDecision } from '../types/report';
import type { Stage } from '../types/record';

/**
 * The recommendation on certification, derived from the verdict on the visit (final) marks:
 * - incomplete verdict → none yet (the reasons say what is unmarked);
 * - not achieved → "do not recommend", with the reasons it fails;
 * - achieved → "recommend", or "recommend subject to" conditions when the award rests on
 *   something the certifying body must accept: the reading of the 80% rule that the other rule
 *   profile does not share, or a Compliance Plus without its justification.
 * It is derived under both rule profiles; when they give different recommendations the report
 * says so. The assessor confirms it or overrides it with a reason (RecommendationDecision).
 */

const DISAGREE = 'The rule profiles disagree';

export interface DerivedRecommendation {
  /** Null while the verdict is incomplete. */
  readonly recommendation: Recommendation | null;
  readonly verdict: Verdict;
  /** Why: the verdict's reasons, or for "subject to" the conditions. */
  readonly reasons: readonly string[];
}

/** A rule profile with the stage's final marks scored under it. */
export interface ProfileScore {
  readonly profile: RuleProfile;
  readonly score: StageScore;
}

/** The recommendation one profile's score gives; `other` is the other profile's. */
export function deriveRecommendation(
  stage: Stage,
  mine: ProfileScore,
  other: ProfileScore,
): DerivedRecommendation {
  const { score } = mine;
  const reasons = score.reasons.filter((r) => !r.startsWith(DISAGREE));
  if (score.verdict === 'incomplete') {
    return { recommendation: null, verdict: score.verdict, reasons };
  }
  if (score.verdict === 'not-achieved') {
    return { recommendation: 'do-not-recommend', verdict: score.verdict, reasons };
  }
  const conditions: string[] = [];
  if (other.score.verdict === 'not-achieved') {
    conditions.push(
      `the certifying body accepting the reading of the 80% rule in "${mine.profile.name}", since under "${other.profile.name}" the standard would not be achieved`,
    );
  }
  for (const entry of stage.entries) {
    if (entry.finalMark === 'CP' && entry.cpJustification.trim() === '') {
      conditions.push(
        `a Compliance Plus justification for ${entry.element}, without which its Compliance Plus cannot stand`,
      );
    }
  }
  return conditions.length > 0
    ? { recommendation: 'recommend-subject-to', verdict: score.verdict, reasons: conditions }
    : { recommendation: 'recommend', verdict: score.verdict, reasons };
}

export type DecisionStatus = 'undecided' | 'confirmed' | 'overridden';

export interface RecommendationView {
  readonly profile: RuleProfile;
  readonly derived: DerivedRecommendation;
  readonly otherProfile: RuleProfile;
  readonly other: DerivedRecommendation;
  /** The two profiles give different recommendations. */
  readonly profilesDisagree: boolean;
  readonly decision: RecommendationDecision | null;
  /** What the report recommends: the assessor's decision, else what the marks give. */
  readonly stated: Recommendation | null;
  /**
   * `confirmed` when the decision is what the marks give, `overridden` when it differs (also a
   * confirmation the marks have since contradicted), `undecided` without a decision.
   */
  readonly status: DecisionStatus;
}

/** The recommendation of a stage under `profile` and the other profile, with the decision. */
export function recommendationView(
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile,
): RecommendationView {
  const other = otherProfile(profile);
  const mine = scoreStage(stage, catalogue, 'final', profile);
  const theirs = scoreStage(stage, catalogue, 'final', other);
  const derived = deriveRecommendation(
    stage,
    { profile, score: mine },
    { profile: other, score: theirs },
  );
  const otherDerived = deriveRecommendation(
    stage,
    { profile: other, score: theirs },
    { profile, score: mine },
  );
  const decision = stage.report.recommendation;
  const status: DecisionStatus =
    decision === null
      ? 'undecided'
      : decision.decision === derived.recommendation
        ? 'confirmed'
        : 'overridden';
  return {
    profile,
    derived,
    otherProfile: other,
    other: otherDerived,
    profilesDisagree: derived.recommendation !== otherDerived.recommendation,
    decision,
    stated: decision?.decision ?? derived.recommendation,
    status,
  };
}
