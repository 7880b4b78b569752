import type { RuleProfile } from '../scoring/profiles';
import { findProfile, maxPartialsFor, otherProfile } from '../scoring/profiles';
import type { StageScore } from '../scoring/score-types';
import { VERDICT_NAMES } from '../scoring/score-types';
import type { ScoringTableRow } from '../surveillance/report';

/**
 * The words printed with the surveillance report's scoring table, shared by the PDF and the
 * workbook so both say the same: the rules, the maxima of the profile in use, where the two
 * rule profiles read the maxima differently, and whether they disagree on these marks.
 */

const DISAGREE = 'The rule profiles disagree';

/** "Maximum partial compliances per criterion under "Certifying-body table": 2, 2, 2, 3, 2 …" */
export function maximaSentence(profile: RuleProfile, rows: readonly ScoringTableRow[]): string {
  const maxima = rows.map((r) => String(r.maxPartials)).join(', ');
  const sizes = rows.map((r) => String(r.elements)).join(', ');
  return `Maximum partial compliances per criterion under the rule profile in use, "${profile.name}": ${maxima} (for criteria of ${sizes} elements).`;
}

/**
 * Where the two profiles allow different numbers of partials, one sentence per criterion
 * ("Criterion 4 (13 elements): …"); empty when they agree on every criterion.
 */
export function profileDifferences(
  profile: RuleProfile,
  rows: readonly ScoringTableRow[],
): string[] {
  const other = otherProfile(profile);
  return rows.flatMap((r) => {
    const mine = maxPartialsFor(profile, r.criterion, r.elements);
    const theirs = maxPartialsFor(other, r.criterion, r.elements);
    if (mine === theirs) return [];
    const most = Math.max(mine, theirs);
    const share = (Math.round(((r.elements - most) / r.elements) * 1000) / 10).toFixed(1);
    return [
      `Criterion ${r.criterion} (${r.elements} elements): "${profile.name}" allows ${mine} partial compliances, "${other.name}" allows ${theirs}; with ${most} partials, ${r.elements - most} of ${r.elements} elements (${share}%) are at F or CP, under 80%.`,
    ];
  });
}

/**
 * The note when the two profiles give different verdicts for the stage's final marks, as the
 * summary report prints it; `null` when they agree.
 */
export function profileNote(score: StageScore): { lead: string; detail: string } | null {
  if (!score.profilesDisagree) return null;
  const other = findProfile(score.otherProfile)?.name ?? score.otherProfile;
  const detail = score.reasons.find((r) => r.startsWith(DISAGREE)) ?? '';
  return {
    lead: `Profile note — under "${other}": ${VERDICT_NAMES[score.otherProfileVerdict]}.`,
    detail,
  };
}

/** "Both rule profiles give the same verdict for these marks: Achieved." */
export function profilesAgreeSentence(score: StageScore): string {
  return `Both rule profiles give the same verdict for these marks: ${VERDICT_NAMES[score.verdict]}.`;
}
