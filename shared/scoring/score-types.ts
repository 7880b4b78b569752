import type { CriterionNumber, ElementId } from '../types/ids';
import type { MarkSet } from '../types/marks';
import type { RuleProfileId } from './profiles';

/** The overall verdict of a stage for one set of marks. */
export type Verdict = 'achieved' | 'not-achieved' | 'incomplete';

/**
 * A criterion's standing: `fails` as soon as a failure is certain whatever the unmarked
 * elements receive; `incomplete` while it could still go either way.
 */
export type CriterionStatus = 'complies' | 'fails' | 'incomplete';

/** The fewest mark changes that would make a failing criterion comply. */
export interface WhatItWouldTake {
  /** Number of marks to change (unmarked elements are assumed to be marked Full). */
  readonly changes: number;
  /** Every non-compliance must change; raising each to Full is always enough. */
  readonly nonCompliances: readonly ElementId[];
  /** How many of `partials` must be raised to Full. */
  readonly partialsToRaise: number;
  readonly partials: readonly ElementId[];
  /** The same in one sentence. */
  readonly sentence: string;
}

export interface CriterionScore {
  readonly criterion: CriterionNumber;
  readonly name: string;
  readonly elements: number;
  readonly cp: number;
  readonly f: number;
  readonly p: number;
  readonly nc: number;
  readonly unscored: number;
  readonly maxPartial: number;
  /** Elements needed at Full or better under the profile. */
  readonly minFullOrBetter: number;
  /** (CP + F) / elements, unrounded. */
  readonly fullOrBetterShare: number;
  readonly status: CriterionStatus;
  /** True only when the criterion complies. */
  readonly compliant: boolean;
  /** Plain-words reasons, each starting "Criterion N:". */
  readonly reasons: readonly string[];
  readonly partialElements: readonly ElementId[];
  readonly nonComplianceElements: readonly ElementId[];
  readonly compliancePlusElements: readonly ElementId[];
  readonly unscoredElements: readonly ElementId[];
  /** Present when the criterion fails or cannot comply whatever the unmarked elements get. */
  readonly whatItWouldTake: WhatItWouldTake | null;
}

/** The score of one stage for one set of marks (DTR or final) under one rule profile. */
export interface StageScore {
  readonly markSet: MarkSet;
  readonly profile: RuleProfileId;
  readonly verdict: Verdict;
  readonly reasons: readonly string[];
  /** Things to fix that do not change the verdict, e.g. a CP without justification. */
  readonly warnings: readonly string[];
  readonly otherProfile: RuleProfileId;
  readonly otherProfileVerdict: Verdict;
  /** True when the two rule profiles give different verdicts for these marks. */
  readonly profilesDisagree: boolean;
  readonly criteria: readonly CriterionScore[];
}

/** Verdicts ranked worst first, for comparisons. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  'not-achieved': 0,
  incomplete: 1,
  achieved: 2,
};

export const VERDICT_NAMES: Readonly<Record<Verdict, string>> = {
  achieved: 'Achieved',
  'not-achieved': 'Not achieved',
  incomplete: 'Incomplete',
};
