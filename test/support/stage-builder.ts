import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { createStage } from '../../shared/records/create';
import type { StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { Stage } from '../../shared/types/record';

/** Marks per criterion number, in element order; missing elements stay unmarked. */
export type MarksByCriterion = Partial<Record<number, readonly MaybeMark[]>>;

/** A stage of the default catalogue with the given final (and, by default, equal DTR) marks. */
export function stageWithMarks(final: MarksByCriterion, dtr: MarksByCriterion = final): Stage {
  const stage = createStage({
    id: 'test-stage' as StageId,
    kind: 'initial',
    cycle: 1,
    catalogue: DEFAULT_CATALOGUE,
  });
  const index = new Map<string, number>();
  return {
    ...stage,
    entries: stage.entries.map((entry) => {
      const element = DEFAULT_CATALOGUE.byId.get(entry.element);
      const criterion = element?.criterion ?? 0;
      const i = index.get(String(criterion)) ?? 0;
      index.set(String(criterion), i + 1);
      return {
        ...entry,
        finalMark: final[criterion]?.[i] ?? null,
        dtrMark: dtr[criterion]?.[i] ?? null,
        cpJustification: 'Exemplary.',
        developmentNote: 'Noted.',
      };
    }),
  };
}

/** `count` marks: `p` partials first, then `nc` non-compliances, `cp` CPs, the rest F. */
export function marks(count: number, p = 0, nc = 0, cp = 0, unscored = 0): MaybeMark[] {
  const out: MaybeMark[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i < p) out.push('P');
    else if (i < p + nc) out.push('NC');
    else if (i < p + nc + cp) out.push('CP');
    else if (i < p + nc + cp + unscored) out.push(null);
    else out.push('F');
  }
  return out;
}

/** Every criterion at Full, with overrides. */
export function allFull(overrides: MarksByCriterion = {}): MarksByCriterion {
  return { 1: marks(11), 2: marks(11), 3: marks(12), 4: marks(13), 5: marks(10), ...overrides };
}
