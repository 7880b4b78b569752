import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { planSurveillance } from '../../shared/surveillance/plan';
import { renderPlanText } from '../../shared/surveillance/plan-text';
import type { AssessmentRecord } from '../../shared/types/record';
import { d, initialRecord } from './support';

function sample(): AssessmentRecord {
  const read = readExchangeText(
    readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error('sample invalid');
  return read.value.record;
}

describe('planning the next surveillance', () => {
  it('before surveillance 1: on-site, the recorded plan, documents and activities', () => {
    const plan = planSurveillance(sample(), { today: d('2016-02-15') });
    const next = plan.next!;
    expect(next.item).toMatchObject({
      key: 'surveillance-1#1',
      state: 'booked',
      heldOn: '2016-03-10',
    });
    expect(next.basedOn).toEqual({ stageId: 'stage-ia-2015', title: 'Initial assessment' });
    expect(next.category).toMatchObject({ category: 'high', source: 'assessor' });
    expect(next.visit.mode).toBe('on-site');
    expect(next.openPoints.map((p) => p.element)).toEqual([
      '1.3.4',
      '2.2.3',
      '4.2.3',
      '4.3.1',
      '4.3.5',
      '5.3.3',
    ]);
    expect(next.documentsOutstanding).toBe(0);
    expect(next.onSitePlan.source).toBe('recorded');
    expect(next.onSitePlan.rows).toHaveLength(4);
    expect(next.activities.every((a) => a.done)).toBe(true);
    expect(plan.alerts).toEqual([
      expect.objectContaining({ kind: 'upcoming', subject: 'due', date: '2016-03-11' }),
    ]);
  });

  it("before surveillance 2: off-site because the assessor's Low overrides the suggested High", () => {
    const plan = planSurveillance(sample(), { today: d('2017-02-01') });
    const next = plan.next!;
    expect(next.item.key).toBe('surveillance-2#1');
    expect(next.category).toMatchObject({
      category: 'low',
      overridesSuggestion: true,
      suggestion: { category: 'high' },
    });
    expect(next.visit).toEqual({
      kind: 'surveillance-2',
      mode: 'off-site',
      reasons: [
        "Surveillance 2 is off-site: the category after Surveillance 1 is Low (the assessor's decision).",
      ],
    });
    expect(next.openPoints.map((p) => p.element)).toEqual([
      '1.3.4',
      '2.2.3',
      '4.3.1',
      '4.3.5',
      '5.3.3',
    ]);
    expect(next.documents.filter((x) => !x.receiptConfirmed).map((x) => x.document)).toEqual([
      'annual-report',
    ]);
    expect(next.onSitePlan.source).toBe('suggested');
    expect(next.onSitePlan.rows[0]!.issues).toBe(
      [
        'Development point 1.3.4 (P at Initial assessment, progressing): Targets for satisfaction are set but the evidence does not yet show improvement year on year — set stretching targets per customer group and publish the trend.',
        "Client's response: Second year of trend data: satisfaction up for distance learners, flat for others.",
        'Key questions: Discuss with managers and staff',
      ].join('\n'),
    );
  });

  it('pre-fills the plan from open points and key questions of elements still partial', () => {
    const record = initialRecord('2015-03-11', { '4.3.1': 'P' }, { '4.3.1': 'Explain dips.' });
    const stage = record.stages[0]!;
    const withQuestions = {
      ...record,
      stages: [
        {
          ...stage,
          entries: stage.entries.map((e) =>
            e.element === '4.3.1' ? { ...e, keyQuestions: 'Ask the performance manager' } : e,
          ),
        },
      ],
    };
    const next = planSurveillance(withQuestions, { today: d('2015-06-01') }).next!;
    expect(next.onSitePlan).toEqual({
      source: 'suggested',
      rows: [
        {
          date: null,
          time: '',
          people: '',
          issues:
            'Development point 4.3.1 (P at Initial assessment, open): Explain dips.\nKey questions: Ask the performance manager',
        },
      ],
    });
    expect(next.documents).toHaveLength(6);
    expect(next.documentsOutstanding).toBe(6);
    expect(next.activities.map((a) => [a.name, a.done])).toEqual([
      ['Use of the certification mark', false],
      ['Key service and customer care information available to customers', false],
      ['Observe the service in action', false],
      ['Talk to customers, staff and partners', false],
    ]);
  });

  it('warns when dates are unknown or a decision has no reason', () => {
    const plan = planSurveillance(initialRecord(null), { today: d('2015-06-01') });
    expect(plan.warnings).toEqual([
      'Some due dates are not known: give the initial assessment (or the reassessment) a visit date.',
    ]);
  });

  it('renders as text with every section', () => {
    const text = renderPlanText(planSurveillance(sample(), { today: d('2017-02-01') }));
    for (const heading of [
      'Cycle dates',
      'Overdue and upcoming (within 60 days)',
      'Surveillance category after each stage',
      'Next: Surveillance 2 — due 10 March 2017 — off-site',
      'Open development points (5)',
      'Documents requested (1 of 6 outstanding)',
      'On-site plan (suggested from the open development points)',
      'Activities',
    ]) {
      expect(text).toContain(heading);
    }
  });
});
