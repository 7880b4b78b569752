import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { setCategoryDecision, setSignificantChanges } from '../../shared/records/surveillance-edit';
import type { RuleProfile } from '../../shared/scoring/profiles';
import { CERTIFYING_BODY_TABLE, STRICT_80 } from '../../shared/scoring/profiles';
import { assessCategory, suggestCategory } from '../../shared/surveillance/category';
import { visitModeFor } from '../../shared/surveillance/visit-mode';
import type { Stage } from '../../shared/types/record';
import { d, initialRecord } from './support';

const stageWith = (finals: Record<string, 'P' | 'NC' | 'CP' | null>): Stage =>
  initialRecord('2015-03-11', finals).stages[0]!;

const suggest = (stage: Stage, profile: RuleProfile = CERTIFYING_BODY_TABLE) =>
  suggestCategory(stage, DEFAULT_CATALOGUE, profile);

describe('the suggested category (default heuristic)', () => {
  it('is Low with no NC, every criterion below its maximum and no change', () => {
    const s = suggest(stageWith({ '1.1.1': 'P', '4.3.1': 'P', '4.3.2': 'P', '3.3.1': 'CP' }));
    expect(s.category).toBe('low');
    expect(s.reasons).toEqual([
      'Low: no non-compliance, every criterion below its maximum of partial compliances, no significant change recorded.',
    ]);
    expect(s.label).toMatch(/default heuristic — the scheme publishes no rule/);
  });

  it('is High on any non-compliance', () => {
    const s = suggest(stageWith({ '2.1.5': 'NC' }));
    expect(s).toMatchObject({ category: 'high' });
    expect(s.reasons).toEqual(['1 non-compliance (2.1.5): any non-compliance makes it High.']);
  });

  it('is High when a criterion is at or over its partial maximum', () => {
    const at = suggest(stageWith({ '1.1.1': 'P', '1.1.2': 'P' }));
    expect(at.category).toBe('high');
    expect(at.reasons).toEqual([
      'Criterion 1 has 2 partial compliances (1.1.1 and 1.1.2), at its maximum of 2.',
    ]);
    const over = suggest(stageWith({ '5.1.1': 'P', '5.1.2': 'P', '5.2.1': 'P' }));
    expect(over.reasons).toEqual([
      'Criterion 5 has 3 partial compliances (5.1.1, 5.1.2 and 5.2.1), over its maximum of 2.',
    ]);
  });

  it('reads the partial maximum from the rule profile (criterion 4: 3 or 2)', () => {
    const stage = stageWith({ '4.3.1': 'P', '4.3.2': 'P' });
    expect(suggest(stage, CERTIFYING_BODY_TABLE).category).toBe('low');
    expect(suggest(stage, STRICT_80).reasons).toEqual([
      'Criterion 4 has 2 partial compliances (4.3.1 and 4.3.2), at its maximum of 2.',
    ]);
  });

  it('is High on a significant change the assessor recorded', () => {
    const stage = setSignificantChanges(stageWith({}), [
      { kind: 'restructure', description: 'Two teams merged into one.', date: d('2016-01-04') },
    ]);
    expect(suggest(stage).reasons).toEqual([
      'Significant change recorded — Restructure (4 January 2016): Two teams merged into one.',
    ]);
  });

  it('lists every reason when several rules fire, and notes unmarked elements', () => {
    const stage = setSignificantChanges(
      stageWith({ '4.3.1': 'NC', '1.1.1': 'P', '1.1.2': 'P', '5.3.3': null }),
      [{ kind: 'scope', description: '', date: null }],
    );
    expect(suggest(stage).reasons).toEqual([
      '1 non-compliance (4.3.1): any non-compliance makes it High.',
      'Criterion 1 has 2 partial compliances (1.1.1 and 1.1.2), at its maximum of 2.',
      'Significant change recorded — Change of scope.',
      '1 element has no final mark yet; the suggestion uses the marks given so far.',
    ]);
  });

  it('follows the profile data: a rule turned off does not fire', () => {
    const lenient: RuleProfile = {
      ...CERTIFYING_BODY_TABLE,
      category: {
        label: 'Custom heuristic',
        highWhen: {
          anyNonCompliance: true,
          criterionAtMaxPartials: false,
          significantChange: false,
        },
      },
    };
    const stage = setSignificantChanges(stageWith({ '1.1.1': 'P', '1.1.2': 'P' }), [
      { kind: 'merger', description: 'x', date: null },
    ]);
    expect(suggest(stage, lenient)).toEqual({
      category: 'low',
      reasons: ['Low: no non-compliance.'],
      label: 'Custom heuristic',
    });
  });
});

describe("the assessor's decision wins", () => {
  const highStage = stageWith({ '2.1.5': 'NC' });

  it('applies the suggestion until the assessor decides', () => {
    const a = assessCategory(highStage, DEFAULT_CATALOGUE);
    expect(a).toMatchObject({ category: 'high', source: 'suggestion', decision: null });
    expect(a.sentence).toBe(
      'Category after Initial assessment: High — suggested (default heuristic); the assessor has not decided yet.',
    );
  });

  it('shows both when the decision overrides the suggestion', () => {
    const decided = setCategoryDecision(highStage, {
      category: 'low',
      reason: 'The NC was a recording slip, corrected on the day.',
      decidedOn: d('2015-03-20'),
    });
    const a = assessCategory(decided, DEFAULT_CATALOGUE);
    expect(a).toMatchObject({
      category: 'low',
      source: 'assessor',
      overridesSuggestion: true,
      suggestion: { category: 'high' },
    });
    expect(a.sentence).toBe(
      "Category after Initial assessment: Low — the assessor's decision (“The NC was a recording slip, corrected on the day.”), overriding the suggested High.",
    );
  });

  it('says when the decision agrees, and when its reason is missing', () => {
    const agreed = setCategoryDecision(highStage, {
      category: 'high',
      reason: '',
      decidedOn: null,
    });
    const a = assessCategory(agreed, DEFAULT_CATALOGUE);
    expect(a.overridesSuggestion).toBe(false);
    expect(a.sentence).toBe(
      "Category after Initial assessment: High — the assessor's decision (no reason written); the heuristic also suggests High.",
    );
  });
});

describe('on-site or off-site', () => {
  const low = assessCategory(stageWith({}), DEFAULT_CATALOGUE);
  const high = assessCategory(stageWith({ '2.1.5': 'NC' }), DEFAULT_CATALOGUE);
  const decidedLow = assessCategory(
    setCategoryDecision(stageWith({ '2.1.5': 'NC' }), {
      category: 'low',
      reason: 'ok',
      decidedOn: null,
    }),
    DEFAULT_CATALOGUE,
  );

  it('surveillance 1 is always on-site', () => {
    expect(visitModeFor('surveillance-1', low)).toEqual({
      kind: 'surveillance-1',
      mode: 'on-site',
      reasons: ['Surveillance 1 is always on-site.'],
    });
    expect(visitModeFor('surveillance-1', high).reasons).toEqual([
      'Surveillance 1 is always on-site.',
      'Also, the category after Initial assessment is High (suggested): High-category clients are seen on-site.',
    ]);
  });

  it('surveillance 2 is off-site when Low and on-site when High', () => {
    expect(visitModeFor('surveillance-2', low)).toEqual({
      kind: 'surveillance-2',
      mode: 'off-site',
      reasons: [
        'Surveillance 2 is off-site: the category after Initial assessment is Low (suggested).',
      ],
    });
    expect(visitModeFor('surveillance-2', high).mode).toBe('on-site');
    expect(visitModeFor('surveillance-2', decidedLow)).toMatchObject({
      mode: 'off-site',
      reasons: [
        "Surveillance 2 is off-site: the category after Initial assessment is Low (the assessor's decision).",
      ],
    });
    expect(visitModeFor('surveillance-2', null).mode).toBe('on-site');
  });

  it('a reassessment is on-site', () => {
    expect(visitModeFor('reassessment', low).mode).toBe('on-site');
  });
});
