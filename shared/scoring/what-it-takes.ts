import type { ElementId } from '../types/ids';
import type { WhatItWouldTake } from './score-types';
import { listIds, plural } from './wording';

export interface CriterionTally {
  readonly criterion: number;
  readonly fullOrBetter: number;
  readonly partials: readonly ElementId[];
  readonly nonCompliances: readonly ElementId[];
  readonly unscored: number;
  readonly maxPartial: number;
  readonly minFullOrBetter: number;
}

/**
 * The fewest mark changes that make a criterion comply, assuming unmarked elements end at Full.
 * Every NC must change, and raising it to Full is never worse than to Partial; then enough
 * partials are raised to satisfy both the partial maximum and the Full-or-better minimum.
 * Returns `null` when no change is needed.
 */
export function whatItWouldTake(t: CriterionTally): WhatItWouldTake | null {
  const p = t.partials.length;
  const nc = t.nonCompliances.length;
  const bestFull = t.fullOrBetter + nc + t.unscored;
  const partialsToRaise = Math.max(0, p - t.maxPartial, t.minFullOrBetter - bestFull);
  const changes = nc + partialsToRaise;
  if (changes === 0) return null;
  const parts: string[] = [];
  if (nc > 0) parts.push(`${listIds(t.nonCompliances)} from NC to F`);
  if (partialsToRaise > 0) {
    parts.push(
      partialsToRaise === p
        ? `${listIds(t.partials)} from P to F`
        : `${partialsToRaise} of the ${p} partials (${listIds(t.partials)}) to F`,
    );
  }
  const assuming =
    t.unscored > 0 ? `, with the ${plural(t.unscored, 'unmarked element')} at F` : '';
  return {
    changes,
    nonCompliances: t.nonCompliances,
    partialsToRaise,
    partials: t.partials,
    sentence: `Criterion ${t.criterion}: ${plural(changes, 'mark change')} would make it comply: ${parts.join(', and ')}${assuming}.`,
  };
}
