import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { CERTIFYING_BODY_TABLE, STRICT_80 } from '../../shared/scoring/profiles';
import { scoreStage } from '../../shared/scoring/score-stage';
import { allFull, marks, stageWithMarks } from '../support/stage-builder';

const SIZES = [
  { criterion: 1, n: 11, table: 2, strict: 2 },
  { criterion: 2, n: 11, table: 2, strict: 2 },
  { criterion: 3, n: 12, table: 2, strict: 2 },
  { criterion: 4, n: 13, table: 3, strict: 2 },
  { criterion: 5, n: 10, table: 2, strict: 2 },
];

function score(overrides: Parameters<typeof allFull>[0], profile = CERTIFYING_BODY_TABLE) {
  return scoreStage(stageWithMarks(allFull(overrides)), DEFAULT_CATALOGUE, 'final', profile);
}

describe.each(SIZES)('criterion $criterion ($n elements)', ({ criterion, n, table, strict }) => {
  describe.each([
    { profile: CERTIFYING_BODY_TABLE, max: table },
    { profile: STRICT_80, max: strict },
  ])('under $profile.name', ({ profile, max }) => {
    it(`complies with exactly ${max} partials`, () => {
      const s = score({ [criterion]: marks(n, max) }, profile);
      const c = s.criteria[criterion - 1]!;
      expect(c).toMatchObject({
        elements: n,
        p: max,
        f: n - max,
        maxPartial: max,
        status: 'complies',
        compliant: true,
      });
      expect(s.verdict).toBe('achieved');
    });

    it(`fails with ${max + 1} partials, saying so in words`, () => {
      const s = score({ [criterion]: marks(n, max + 1) }, profile);
      const c = s.criteria[criterion - 1]!;
      expect(c.compliant).toBe(false);
      expect(c.status).toBe('fails');
      expect(s.verdict).toBe('not-achieved');
      expect(s.reasons).toContain(
        `Criterion ${criterion}: ${max + 1} partial compliances (${c.partialElements.join(', ').replace(/, ([^,]*)$/, ' and $1')}), at most ${max} allowed`,
      );
      expect(c.whatItWouldTake).toMatchObject({ changes: 1, partialsToRaise: 1 });
    });

    it('fails with a single non-compliance, however good the rest', () => {
      const s = score({ [criterion]: marks(n, 0, 1, n - 1) }, profile);
      const c = s.criteria[criterion - 1]!;
      expect(c.nc).toBe(1);
      expect(c.status).toBe('fails');
      expect(s.verdict).toBe('not-achieved');
      expect(c.reasons[0]).toMatch(
        new RegExp(
          `^Criterion ${criterion}: 1 non-compliance \\(${criterion}\\.1\\.1\\); none allowed$`,
        ),
      );
      expect(c.whatItWouldTake).toMatchObject({
        changes: 1,
        nonCompliances: [`${criterion}.1.1`],
        partialsToRaise: 0,
      });
    });

    it('reports the share at Full or better and the share threshold', () => {
      const s = score({ [criterion]: marks(n, max) }, profile);
      const c = s.criteria[criterion - 1]!;
      expect(c.fullOrBetterShare).toBeCloseTo((n - max) / n, 10);
      expect(c.minFullOrBetter).toBe(
        profile.shareCounting === 'strict' ? Math.ceil(0.8 * n) : n - table,
      );
    });

    it('is incomplete while an element is unmarked, and the verdict with it', () => {
      const s = score({ [criterion]: marks(n, 0, 0, 0, 1) }, profile);
      const c = s.criteria[criterion - 1]!;
      expect(c).toMatchObject({ unscored: 1, status: 'incomplete', compliant: false });
      expect(s.verdict).toBe('incomplete');
      expect(s.reasons[0]).toBe('1 element of 57 has no visit (final) mark yet.');
    });

    it('fails already while incomplete when partials exceed the maximum', () => {
      const s = score({ [criterion]: marks(n, max + 1, 0, 0, 1) }, profile);
      expect(s.criteria[criterion - 1]!.status).toBe('fails');
      expect(s.verdict).toBe('incomplete');
      expect(
        s.reasons.some((r) => r.startsWith(`Already certain to fail — Criterion ${criterion}:`)),
      ).toBe(true);
    });
  });

  it('counts Compliance Plus as Full or better', () => {
    const s = score({ [criterion]: marks(n, 0, 0, n) });
    expect(s.criteria[criterion - 1]).toMatchObject({
      cp: n,
      f: 0,
      fullOrBetterShare: 1,
      compliant: true,
    });
  });
});

describe('the share threshold', () => {
  it('fails a criterion below 80% at Full or better even where partials are within the maximum', () => {
    // 8 F, 2 P and 1 NC: rule 1 fails, and 8 of 11 at Full or better fails rule 2 as well.
    const s = score({ 1: ['F', 'F', 'F', 'F', 'F', 'F', 'F', 'F', 'P', 'P', 'NC'] });
    const c = s.criteria[0]!;
    expect(c.reasons).toContain(
      'Criterion 1: 8 of 11 elements (72.7%) at Full or Compliance Plus, at least 9 needed',
    );
    expect(c.whatItWouldTake?.changes).toBe(1);
  });
});

describe('the two rule profiles', () => {
  it('disagree on criterion 4 with exactly 3 partials and say so', () => {
    const s = score({ 4: marks(13, 3) });
    expect(s.verdict).toBe('achieved');
    expect(s.otherProfileVerdict).toBe('not-achieved');
    expect(s.profilesDisagree).toBe(true);
    expect(s.reasons.at(-1)).toMatch(
      /^The rule profiles disagree: under "Strict 80%" the verdict would be not achieved \(Criterion 4: 3 partial compliances/,
    );
    const strict = score({ 4: marks(13, 3) }, STRICT_80);
    expect(strict.verdict).toBe('not-achieved');
    expect(strict.otherProfileVerdict).toBe('achieved');
    expect(strict.reasons.at(-1)).toMatch(
      /under "Certifying-body table" the verdict would be achieved/,
    );
  });

  it('agree everywhere else', () => {
    for (const overrides of [{}, { 4: marks(13, 2) }, { 4: marks(13, 4) }, { 1: marks(11, 3) }]) {
      expect(score(overrides).profilesDisagree).toBe(false);
    }
  });
});

describe('warnings', () => {
  it('warns about a Compliance Plus without justification, in both mark sets', () => {
    const stage = stageWithMarks(allFull({ 2: marks(11, 0, 0, 1) }));
    const bare = { ...stage, entries: stage.entries.map((e) => ({ ...e, cpJustification: '  ' })) };
    for (const set of ['final', 'dtr'] as const) {
      const s = scoreStage(bare, DEFAULT_CATALOGUE, set);
      expect(s.warnings).toContain(
        '2.1.1 is Compliance Plus but has no Compliance Plus justification.',
      );
      expect(s.verdict).toBe('achieved');
    }
  });

  it('warns about a final partial without a development point', () => {
    const stage = stageWithMarks(allFull({ 5: marks(10, 1) }));
    const bare = { ...stage, entries: stage.entries.map((e) => ({ ...e, developmentNote: '' })) };
    expect(scoreStage(bare, DEFAULT_CATALOGUE, 'final').warnings).toEqual([
      '5.1.1 is Partial Compliance but has no development point written.',
    ]);
  });
});

describe('DTR and final marks', () => {
  it('are scored separately', () => {
    const stage = stageWithMarks(allFull(), allFull({ 3: marks(12, 5) }));
    expect(scoreStage(stage, DEFAULT_CATALOGUE, 'final').verdict).toBe('achieved');
    const dtr = scoreStage(stage, DEFAULT_CATALOGUE, 'dtr');
    expect(dtr.verdict).toBe('not-achieved');
    expect(dtr.criteria[2]!.p).toBe(5);
    expect(dtr.criteria[2]!.whatItWouldTake?.sentence).toBe(
      'Criterion 3: 3 mark changes would make it comply: 3 of the 5 partials (3.1.1, 3.1.2, 3.2.1, 3.2.2 and 3.2.3) to F.',
    );
  });
});
