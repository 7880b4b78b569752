import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { RULE_PROFILES } from '../../shared/scoring/profiles';
import { scoreStage } from '../../shared/scoring/score-stage';
import { VERDICT_RANK } from '../../shared/scoring/score-types';
import { createStage } from '../../shared/records/create';
import type { StageId } from '../../shared/types/ids';
import type { MaybeMark } from '../../shared/types/marks';
import type { Stage } from '../../shared/types/record';

const markArb = fc.constantFrom<MaybeMark>('CP', 'F', 'F', 'F', 'P', 'P', 'NC', null);
const profileArb = fc.constantFrom(...RULE_PROFILES);

function stageOf(finals: readonly MaybeMark[]): Stage {
  const stage = createStage({
    id: 'p' as StageId,
    kind: 'initial',
    cycle: 1,
    catalogue: DEFAULT_CATALOGUE,
  });
  return {
    ...stage,
    entries: stage.entries.map((e, i) => ({ ...e, finalMark: finals[i] ?? null })),
  };
}

const marksArb = fc.array(markArb, { minLength: 57, maxLength: 57 });

describe('scoring properties', () => {
  it('does not depend on the order entries are stored in', () => {
    fc.assert(
      fc.property(marksArb, fc.integer(), profileArb, (finals, seed, profile) => {
        const stage = stageOf(finals);
        const shuffled = [...stage.entries].sort(
          (a, b) => hash(a.element, seed) - hash(b.element, seed),
        );
        const a = scoreStage(stage, DEFAULT_CATALOGUE, 'final', profile);
        const b = scoreStage({ ...stage, entries: shuffled }, DEFAULT_CATALOGUE, 'final', profile);
        expect(b).toEqual(a);
      }),
    );
  });

  it('never improves a verdict when an F becomes a P', () => {
    fc.assert(
      fc.property(marksArb, fc.nat(56), profileArb, (finals, at, profile) => {
        const i = finals.findIndex((m, k) => k >= at && m === 'F');
        fc.pre(i >= 0);
        const worse = finals.map((m, k) => (k === i ? 'P' : m));
        const before = scoreStage(stageOf(finals), DEFAULT_CATALOGUE, 'final', profile);
        const after = scoreStage(stageOf(worse), DEFAULT_CATALOGUE, 'final', profile);
        expect(VERDICT_RANK[after.verdict]).toBeLessThanOrEqual(VERDICT_RANK[before.verdict]);
        after.criteria.forEach((c, k) => {
          if (c.compliant) expect(before.criteria[k]!.compliant).toBe(true);
        });
      }),
    );
  });

  it('never worsens a verdict when a P becomes an F', () => {
    fc.assert(
      fc.property(marksArb, fc.nat(56), profileArb, (finals, at, profile) => {
        const i = finals.findIndex((m, k) => k >= at && m === 'P');
        fc.pre(i >= 0);
        const better = finals.map((m, k) => (k === i ? 'F' : m));
        const before = scoreStage(stageOf(finals), DEFAULT_CATALOGUE, 'final', profile);
        const after = scoreStage(stageOf(better), DEFAULT_CATALOGUE, 'final', profile);
        expect(VERDICT_RANK[after.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[before.verdict]);
      }),
    );
  });

  it('makes a failing criterion comply after exactly the changes "what it would take" names', () => {
    fc.assert(
      fc.property(marksArb, profileArb, (finals, profile) => {
        const filled = finals.map((m) => m ?? 'F');
        const score = scoreStage(stageOf(filled), DEFAULT_CATALOGUE, 'final', profile);
        for (const c of score.criteria.filter((x) => !x.compliant)) {
          const take = c.whatItWouldTake!;
          const raise = new Set([
            ...take.nonCompliances,
            ...take.partials.slice(0, take.partialsToRaise),
          ]);
          const fixed = filled.map((m, k) =>
            raise.has(DEFAULT_CATALOGUE.elements[k]!.id) ? 'F' : m,
          );
          const again = scoreStage(stageOf(fixed), DEFAULT_CATALOGUE, 'final', profile);
          expect(again.criteria[c.criterion - 1]!.compliant).toBe(true);
          // One change fewer is never enough: removing any one of them leaves it failing.
          if (take.partialsToRaise > 0) {
            const fewer = new Set([
              ...take.nonCompliances,
              ...take.partials.slice(0, take.partialsToRaise - 1),
            ]);
            const short = filled.map((m, k) =>
              fewer.has(DEFAULT_CATALOGUE.elements[k]!.id) ? 'F' : m,
            );
            expect(
              scoreStage(stageOf(short), DEFAULT_CATALOGUE, 'final', profile).criteria[
                c.criterion - 1
              ]!.compliant,
            ).toBe(false);
          }
        }
      }),
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h;
}
