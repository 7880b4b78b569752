import type { CatalogueCriterion } from '../catalogue/catalogue';
import type { ElementId } from '../types/ids';
import type { MarkSet, MaybeMark } from '../types/marks';
import type { ElementEntry } from '../types/record';
import type { RuleProfile } from './profiles';
import { maxPartialsFor, minFullOrBetterFor } from './profiles';
import type { CriterionScore, CriterionStatus } from './score-types';
import { whatItWouldTake } from './what-it-takes';
import { listIds, percent, plural } from './wording';

/** The mark of one set; kept here so both sets are read the same way. */
export function markOf(entry: ElementEntry | undefined, markSet: MarkSet): MaybeMark {
  if (!entry) return null;
  return markSet === 'dtr' ? entry.dtrMark : entry.finalMark;
}

/**
 * Scores one criterion. `entries` maps element ids to entries; elements without an entry count
 * as unmarked. Lists of element ids follow catalogue order, so the result does not depend on
 * the order entries are stored in.
 */
export function scoreCriterion(
  criterion: CatalogueCriterion,
  entries: ReadonlyMap<ElementId, ElementEntry>,
  markSet: MarkSet,
  profile: RuleProfile,
): CriterionScore {
  const by: Record<'CP' | 'F' | 'P' | 'NC' | 'none', ElementId[]> = {
    CP: [],
    F: [],
    P: [],
    NC: [],
    none: [],
  };
  for (const element of criterion.elements) {
    by[markOf(entries.get(element.id), markSet) ?? 'none'].push(element.id);
  }
  const n = criterion.elements.length;
  const number = criterion.number;
  const maxPartial = maxPartialsFor(profile, number, n);
  const minFull = minFullOrBetterFor(profile, number, n);
  const fullOrBetter = by.CP.length + by.F.length;
  const unscored = by.none.length;
  const c = `Criterion ${number}`;

  const failures: string[] = [];
  if (by.NC.length > 0) {
    failures.push(
      `${c}: ${plural(by.NC.length, 'non-compliance', 'non-compliances')} (${listIds(by.NC)}); none allowed`,
    );
  }
  if (by.P.length > maxPartial) {
    failures.push(
      `${c}: ${plural(by.P.length, 'partial compliance')} (${listIds(by.P)}), at most ${maxPartial} allowed`,
    );
  }
  if (fullOrBetter + unscored < minFull) {
    failures.push(
      `${c}: ${fullOrBetter} of ${n} elements (${percent(fullOrBetter / n)}) at Full or Compliance Plus${unscored > 0 ? ` even with the ${unscored} unmarked at Full` : ''}, at least ${minFull} needed`,
    );
  }

  let status: CriterionStatus;
  const reasons: string[] = [...failures];
  if (failures.length > 0) status = 'fails';
  else if (unscored > 0) {
    status = 'incomplete';
    const room = maxPartial - by.P.length;
    reasons.push(
      `${c}: ${plural(unscored, 'element')} not yet marked (${listIds(by.none)}); ${room === 0 ? 'none of them may be P' : `at most ${room} of them may be P`}, none NC`,
    );
  } else {
    status = 'complies';
    reasons.push(
      `${c}: complies — ${fullOrBetter} of ${n} (${percent(fullOrBetter / n)}) at Full or Compliance Plus, ${by.P.length} of at most ${maxPartial} partials, no non-compliance`,
    );
  }

  return {
    criterion: number,
    name: criterion.name,
    elements: n,
    cp: by.CP.length,
    f: by.F.length,
    p: by.P.length,
    nc: by.NC.length,
    unscored,
    maxPartial,
    minFullOrBetter: minFull,
    fullOrBetterShare: fullOrBetter / n,
    status,
    compliant: status === 'complies',
    reasons,
    partialElements: by.P,
    nonComplianceElements: by.NC,
    compliancePlusElements: by.CP,
    unscoredElements: by.none,
    whatItWouldTake:
      status === 'fails'
        ? whatItWouldTake({
            criterion: number,
            fullOrBetter,
            partials: by.P,
            nonCompliances: by.NC,
            unscored,
            maxPartial,
            minFullOrBetter: minFull,
          })
        : null,
  };
}
