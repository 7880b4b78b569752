import type { StageKind } from '../types/record';
import { assertNever } from '../types/result';
import { SURVEILLANCE_CATEGORY_NAMES } from '../types/surveillance';
import type { CategoryAssessment } from './category';

/** Whether a stage is held at the client's premises or reviewed remotely. */
export type VisitMode = 'on-site' | 'off-site';

export interface VisitModeDecision {
  readonly kind: StageKind;
  readonly mode: VisitMode;
  readonly reasons: readonly string[];
}

function categoryWords(previous: CategoryAssessment): string {
  const name = SURVEILLANCE_CATEGORY_NAMES[previous.category];
  const source = previous.source === 'assessor' ? "the assessor's decision" : 'suggested';
  return `the category after ${previous.stageTitle} is ${name} (${source})`;
}

/**
 * Whether the stage of `kind` is on-site, given the category after the stage before it
 * (CSE-STANDARD.md, "The cycle"): surveillance 1 always on-site; surveillance 2 off-site when
 * Low, on-site when High; any High-category client on-site; initial assessments and
 * reassessments are full assessments with a visit.
 */
export function visitModeFor(
  kind: StageKind,
  previous: CategoryAssessment | null,
): VisitModeDecision {
  const high = previous?.category === 'high';
  switch (kind) {
    case 'initial':
    case 'reassessment':
      return {
        kind,
        mode: 'on-site',
        reasons: [
          `${kind === 'initial' ? 'An initial assessment' : 'A reassessment'} is a full assessment of every element, with a visit.`,
        ],
      };
    case 'surveillance-1': {
      const reasons = ['Surveillance 1 is always on-site.'];
      if (previous && high)
        reasons.push(`Also, ${categoryWords(previous)}: High-category clients are seen on-site.`);
      return { kind, mode: 'on-site', reasons };
    }
    case 'surveillance-2':
      if (!previous) {
        return {
          kind,
          mode: 'on-site',
          reasons: [
            'No category is known for the stage before, so on-site until the assessor decides.',
          ],
        };
      }
      return high
        ? {
            kind,
            mode: 'on-site',
            reasons: [`Surveillance 2 is on-site: ${categoryWords(previous)}.`],
          }
        : {
            kind,
            mode: 'off-site',
            reasons: [`Surveillance 2 is off-site: ${categoryWords(previous)}.`],
          };
    default:
      return assertNever(kind);
  }
}
