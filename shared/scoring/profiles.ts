/**
 * Rule profiles: the scoring rules as data. The scheme's rules are (1) no non-compliance, (2) Full
 * or Compliance Plus in at least 80% of each criterion's elements, (3) at most a printed number
 * of partial compliances per criterion. The printed table (2/2/2/3/2) is 20% rounded to the
 * nearest whole number, which for criterion 4 (13 elements) allows 3 partials although 10 of 13
 * is 76.9%. No official text settles it, so both readings are kept and the app says when they
 * disagree (../shared/CSE-STANDARD.md, "The ambiguity").
 */
export type RuleProfileId = 'certifying-body-table' | 'strict-80';

/**
 * When the planner suggests the High surveillance category. The scheme publishes no rule
 * (CSE-STANDARD.md, "What nobody publishes"): this is a DEFAULT HEURISTIC kept as data so a
 * profile can change it, and the assessor's recorded decision always wins over it.
 */
export interface CategoryHeuristic {
  /** How suggestions are labelled wherever they are shown. */
  readonly label: string;
  readonly highWhen: {
    /** Any element with a final mark of NC. */
    readonly anyNonCompliance: boolean;
    /** Any criterion with as many partials as its maximum, or more. */
    readonly criterionAtMaxPartials: boolean;
    /** Any significant change (scope, merger, restructure…) the assessor recorded at the stage. */
    readonly significantChange: boolean;
  };
}

/** The default category heuristic: High on any NC, a criterion at its partial maximum, or a change. */
export const DEFAULT_CATEGORY_HEURISTIC: CategoryHeuristic = {
  label: 'Suggested by the default heuristic — the scheme publishes no rule; the assessor decides',
  highWhen: { anyNonCompliance: true, criterionAtMaxPartials: true, significantChange: true },
};

export interface RuleProfile {
  readonly id: RuleProfileId;
  readonly name: string;
  /** One sentence for reports: how this profile reads the rules. */
  readonly description: string;
  /** Maximum partial compliances per criterion number. */
  readonly maxPartials: Readonly<Record<number, number>>;
  /** The share of elements at Full or better that rule 2 asks for. */
  readonly minShare: number;
  /**
   * How rule 2 is counted: `table` takes the printed maximum as the meaning of 80% (a criterion
   * of n elements needs n − maxPartials at Full or better); `strict` needs ⌈0.8 n⌉.
   */
  readonly shareCounting: 'table' | 'strict';
  /** How the surveillance category is suggested (a default heuristic, not a scheme rule). */
  readonly category: CategoryHeuristic;
}

export const CERTIFYING_BODY_TABLE: RuleProfile = {
  id: 'certifying-body-table',
  name: 'Certifying-body table',
  description:
    'Maximum partials per criterion as the certifying body prints them (2, 2, 2, 3, 2); 80% read as that table rounds it.',
  maxPartials: { 1: 2, 2: 2, 3: 2, 4: 3, 5: 2 },
  minShare: 0.8,
  shareCounting: 'table',
  category: DEFAULT_CATEGORY_HEURISTIC,
};

export const STRICT_80: RuleProfile = {
  id: 'strict-80',
  name: 'Strict 80%',
  description:
    'At least 80% of each criterion at Full or Compliance Plus, counted exactly (2, 2, 2, 2, 2 partials at most).',
  maxPartials: { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2 },
  minShare: 0.8,
  shareCounting: 'strict',
  category: DEFAULT_CATEGORY_HEURISTIC,
};

/** The profile records are scored against unless the user picks another. */
export const DEFAULT_PROFILE: RuleProfile = CERTIFYING_BODY_TABLE;

export const RULE_PROFILES: readonly RuleProfile[] = [CERTIFYING_BODY_TABLE, STRICT_80];

export function findProfile(id: string): RuleProfile | undefined {
  return RULE_PROFILES.find((p) => p.id === id);
}

/** The profile to compare with: the verdict notes when the two disagree. */
export function otherProfile(profile: RuleProfile): RuleProfile {
  return profile.id === CERTIFYING_BODY_TABLE.id ? STRICT_80 : CERTIFYING_BODY_TABLE;
}

/** Partials allowed in a criterion of `elements` elements; 20% rounded if the table lacks it. */
export function maxPartialsFor(profile: RuleProfile, criterion: number, elements: number): number {
  const printed = profile.maxPartials[criterion];
  if (printed !== undefined) return printed;
  return profile.shareCounting === 'strict'
    ? elements - Math.ceil(profile.minShare * elements - 1e-9)
    : Math.round((1 - profile.minShare) * elements);
}

/** Elements that must be at Full or better for rule 2 in a criterion of `elements` elements. */
export function minFullOrBetterFor(
  profile: RuleProfile,
  criterion: number,
  elements: number,
): number {
  if (profile.shareCounting === 'table') {
    return elements - maxPartialsFor(profile, criterion, elements);
  }
  return Math.ceil(profile.minShare * elements - 1e-9);
}
