import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { scoreStage } from '../../shared/scoring/score-stage';
import { D, fixtureD } from './support/fixture-d';
import { expectWarnings, importOk } from './support/import';
import { expectedEntries, stageOf } from './support/truth';

describe('fixture D: sections 2 and 3 of a surveillance', () => {
  it('makes the initial assessment and both surveillances, with their marks', async () => {
    const { bytes, truth, surveillance1 } = await fixtureD();
    const imported = await importOk(bytes);
    const record = imported.record;
    // The second surveillance's section 2 says only "TBC" and "1 day": planned, not a stage
    // that took place (the issue's rule: marks, a dated visit or an assessor's text make one).
    expect(record.stages.map((s) => s.kind)).toEqual(['initial', 'surveillance-1']);
    const ia = stageOf(record, 'initial');
    const sv1 = stageOf(record, 'surveillance-1');
    expect(ia.entries).toEqual(expectedEntries(truth));
    expect(sv1.entries).toEqual(expectedEntries(surveillance1));
    expect(ia.surveillance.category).toEqual({ category: 'high', reason: '', decidedOn: null });
    expect(sv1).toMatchObject({ assessor: D.assessor, visitDays: 1 });
    expect(sv1.dates.visit).toEqual({ kind: 'date', date: '2016-02-04' });
    expectWarnings(imported, ['blank-template', 'unplaced-text']);
    expect(ia.notes).toContain('Surveillance 2 — Number of visit days: 1');
    expect(sv1.notes).toContain(D.templateNote);
  });

  it('reads the surveillance records of section 2 and 3', async () => {
    const imported = await importOk((await fixtureD()).bytes);
    const ia = stageOf(imported.record, 'initial');
    const sv1 = stageOf(imported.record, 'surveillance-1');
    expect(sv1.surveillance).toEqual({
      contactedOn: '2015-12-01',
      category: { category: 'low', reason: 'Development points progressing well', decidedOn: null },
      significantChanges: [],
      developmentPoints: [
        {
          point: `1.3.4@${ia.id}`,
          status: 'progressing',
          clientResponse: 'Targets now set per group',
          assessorUpdate: 'Targets seen',
        },
        {
          point: `4.2.3@${ia.id}`,
          status: 'cleared',
          clientResponse: 'Benchmarking club joined',
          assessorUpdate: 'Benchmarking report seen',
        },
      ],
      documents: [
        {
          document: 'performance-data',
          receiptConfirmed: true,
          receivedOn: '2016-01-05',
          note: '',
        },
        {
          document: 'satisfaction-results',
          receiptConfirmed: true,
          receivedOn: '2016-01-06',
          note: '',
        },
        { document: 'complaints-report', receiptConfirmed: false, receivedOn: null, note: '' },
      ],
      onSitePlan: [
        {
          date: '2016-02-04',
          time: '09:30-10:30',
          people: 'Head of Service',
          issues: 'Development points 1.3.4 and 4.2.3',
        },
      ],
      activities: [
        { activity: 'certification-mark', done: true, note: 'Logo on the web site' },
        { activity: 'observe-service', done: true, note: '' },
      ],
      whatHasChanged: [
        { criterion: 1, text: 'Satisfaction survey now quarterly' },
        { criterion: 2, text: 'New HR system' },
        { criterion: 5, text: 'No change' },
      ],
    });
  });

  it('scores each stage as its scoring table says', async () => {
    const imported = await importOk((await fixtureD()).bytes);
    const sv1 = scoreStage(stageOf(imported.record, 'surveillance-1'), DEFAULT_CATALOGUE, 'final');
    expect(sv1.criteria.map((c) => c.p)).toEqual([1, 1, 0, 2, 0]);
    expect(imported.preview.warnings.filter((w) => w.code === 'score-table-differs')).toEqual([]);
    const changed = imported.preview.stages[1]!.elements.filter((e) => e.origin === 'changed');
    expect(changed.map((e) => e.element)).toEqual(['4.2.3', '5.3.3']);
  });
});
