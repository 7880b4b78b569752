import type { Catalogue } from '../catalogue/catalogue';
import type { ElementId } from '../types/ids';
import type { MarkSet } from '../types/marks';
import { MARK_NAMES } from '../types/marks';
import type { ElementEntry, Stage } from '../types/record';
import type { RuleProfile } from './profiles';
import { DEFAULT_PROFILE, otherProfile } from './profiles';
import { markOf, scoreCriterion } from './score-criterion';
import type { CriterionScore, StageScore, Verdict } from './score-types';
import { VERDICT_NAMES } from './score-types';
import { plural } from './wording';

const MARK_SET_NAMES: Readonly<Record<MarkSet, string>> = {
  dtr: 'desk-top review (DTR) mark',
  final: 'visit (final) mark',
};

/** The entries of a stage, looked up by element. */
export function entryMap(entries: readonly ElementEntry[]): ReadonlyMap<ElementId, ElementEntry> {
  return new Map(entries.map((e) => [e.element, e] as const));
}

function verdictOf(criteria: readonly CriterionScore[]): Verdict {
  if (criteria.some((c) => c.unscored > 0)) return 'incomplete';
  return criteria.every((c) => c.compliant) ? 'achieved' : 'not-achieved';
}

function scoreAll(
  catalogue: Catalogue,
  entries: ReadonlyMap<ElementId, ElementEntry>,
  markSet: MarkSet,
  profile: RuleProfile,
): CriterionScore[] {
  return catalogue.criteria.map((c) => scoreCriterion(c, entries, markSet, profile));
}

function verdictReasons(
  verdict: Verdict,
  criteria: readonly CriterionScore[],
  markSet: MarkSet,
  total: number,
): string[] {
  const failing = criteria.filter((c) => c.status === 'fails');
  const failures = failing.flatMap((c) => c.reasons);
  if (verdict === 'achieved') {
    return [
      `All ${total} elements have a ${MARK_SET_NAMES[markSet]}; no non-compliance, and every criterion has enough Full or Compliance Plus marks and no more partials than allowed.`,
    ];
  }
  if (verdict === 'not-achieved') return failures;
  const unscored = criteria.reduce((sum, c) => sum + c.unscored, 0);
  const head = `${plural(unscored, 'element')} of ${total} ${unscored === 1 ? 'has' : 'have'} no ${MARK_SET_NAMES[markSet]} yet.`;
  if (failures.length === 0) return [head];
  return [head, ...failures.map((f) => `Already certain to fail — ${f}`)];
}

/** Warnings in catalogue order, so they never depend on how entries are stored. */
function warningsFor(
  catalogue: Catalogue,
  entries: ReadonlyMap<ElementId, ElementEntry>,
  markSet: MarkSet,
): string[] {
  const warnings: string[] = [];
  for (const element of catalogue.elements) {
    const entry = entries.get(element.id);
    if (!entry) continue;
    const mark = markOf(entry, markSet);
    if (mark === 'CP' && entry.cpJustification.trim() === '') {
      warnings.push(
        `${entry.element} is Compliance Plus but has no Compliance Plus justification.`,
      );
    }
    if (
      markSet === 'final' &&
      (mark === 'P' || mark === 'NC') &&
      entry.developmentNote.trim() === ''
    ) {
      warnings.push(
        `${entry.element} is ${MARK_NAMES[mark]} but has no development point written.`,
      );
    }
  }
  return warnings;
}

/**
 * Scores one set of marks of a stage against `profile`, and against the other profile to say
 * when the two disagree. Pure; the catalogue must be the stage's own edition.
 */
export function scoreStage(
  stage: Stage,
  catalogue: Catalogue,
  markSet: MarkSet,
  profile: RuleProfile = DEFAULT_PROFILE,
): StageScore {
  const entries = entryMap(stage.entries);
  const criteria = scoreAll(catalogue, entries, markSet, profile);
  const verdict = verdictOf(criteria);
  const other = otherProfile(profile);
  const otherCriteria = scoreAll(catalogue, entries, markSet, other);
  const otherVerdict = verdictOf(otherCriteria);
  const reasons = verdictReasons(verdict, criteria, markSet, catalogue.elements.length);
  const disagree = otherVerdict !== verdict;
  if (disagree) {
    const why = otherCriteria.filter((c) => c.status === 'fails').flatMap((c) => c.reasons);
    const whyNot = criteria.filter((c) => c.status === 'fails').flatMap((c) => c.reasons);
    const detail = (otherVerdict === 'not-achieved' ? why : whyNot).join('; ');
    reasons.push(
      `The rule profiles disagree: under "${other.name}" the verdict would be ${VERDICT_NAMES[otherVerdict].toLowerCase()}${detail ? ` (${detail})` : ''}. The two profiles read the 80% rule differently (see the rule profiles); the assessor decides which applies.`,
    );
  }
  return {
    markSet,
    profile: profile.id,
    verdict,
    reasons,
    warnings: warningsFor(catalogue, entries, markSet),
    otherProfile: other.id,
    otherProfileVerdict: otherVerdict,
    profilesDisagree: disagree,
    criteria,
  };
}

/** Both mark sets of a stage. */
export interface StageScores {
  readonly dtr: StageScore;
  readonly final: StageScore;
}

export function scoreStageBoth(
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile = DEFAULT_PROFILE,
): StageScores {
  return {
    dtr: scoreStage(stage, catalogue, 'dtr', profile),
    final: scoreStage(stage, catalogue, 'final', profile),
  };
}
